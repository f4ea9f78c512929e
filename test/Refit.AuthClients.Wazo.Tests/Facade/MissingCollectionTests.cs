using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>
/// A collection a model declares non-null is empty, never null, when the answer lacks its key or sends null for it
/// (the generated reader sets init-only properties it did not find to null, past their initializer).
/// </summary>
public class MissingCollectionTests
{
    /// <summary>Each answer, with <c>{0}</c> where the collection's key goes (or nothing).</summary>
    private static readonly (string Name, HttpMethod Method, string Path, string Key, string Body, Func<IWazoAuthClient, Task<object>> Read)[] Answers =
    [
        ("token acl", HttpMethod.Get, "/token/" + Token, "acl", """{"data": {"token": "t1", "auth_id": "u"{0}}}""", async c => (await c.Token.GetAsync(Token)).Acl),
        ("created token acl", HttpMethod.Post, "/token", "acl", """{"data": {"token": "t1", "auth_id": "u"{0}}}""", async c => (await c.Token.CreateAsync()).Acl),
        ("user emails", HttpMethod.Get, "/users/" + UserUuid, "emails", """{"uuid": "x"{0}}""", async c => (await c.Users.GetAsync(UserUuid)).Emails),
        ("listed user emails", HttpMethod.Get, "/users", "emails", """{"total": 1, "filtered": 1, "items": [{"uuid": "x"{0}}]}""", async c => (await c.Users.ListAsync()).Items[0].Emails),
        ("policy acl", HttpMethod.Get, "/policies/" + PolicyUuid, "acl", """{"uuid": "p"{0}}""", async c => (await c.Policies.GetAsync(PolicyUuid)).Acl),
        ("tenant domain names", HttpMethod.Get, "/tenants/" + TenantUuid, "domain_names", """{"uuid": "t"{0}}""", async c => (await c.Tenants.GetAsync(TenantUuid)).DomainNames),

        // The spec's answer to POST /tenants has no domain_names.
        ("created tenant domain names", HttpMethod.Post, "/tenants", "domain_names", """{"uuid": "t", "name": "n"{0}}""", async c => (await c.Tenants.CreateAsync(new WazoTenantCreate { Name = "n" })).DomainNames),
    ];

    private static IEnumerable<TestCaseData> Collections() =>
        from answer in Answers
        from key in new[] { (Name: "missing", Json: string.Empty), (Name: "null", Json: $", \"{answer.Key}\": null") }
        select new TestCaseData(answer.Method, answer.Path, answer.Body.Replace("{0}", key.Json, StringComparison.Ordinal), answer.Read)
            .SetName($"{answer.Name} {key.Name}");

    [TestCaseSource(nameof(Collections))]
    public async Task Is_empty(HttpMethod method, string path, string body, Func<IWazoAuthClient, Task<object>> read)
    {
        using var h = FacadeHarness.Create();
        h.Expect(method, path).RespondJson(body);

        var collection = await read(h.Client);

        Assert.That(collection, Is.Not.Null.And.Empty);
    }

    [TestCase("")]
    [TestCase(""", "scope": null""")]
    public async Task An_oauth_token_without_scope_has_an_empty_scope(string scope)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external/google").RespondJson($$"""{"access_token": "a"{{scope}}}""");

        var token = await h.Api<IWazoGoogleAuthApi>().GetAsync(UserUuid);

        Assert.That(token.Scope, Is.Not.Null.And.Empty);
    }

    [Test]
    public void A_collection_set_to_null_in_code_is_empty_too()
    {
        var token = new WazoToken { Token = "t1", Acl = null! };

        Assert.Multiple(() =>
        {
            Assert.That(token.Acl, Is.Empty);
            Assert.That(token.ToString(), Does.Contain("Acl = []"));
            Assert.That(new WazoPolicy { Acl = null! }.Acl, Is.Empty);
            Assert.That(new WazoUser { Emails = null! }.Emails, Is.Empty);
            Assert.That(new WazoTenant { DomainNames = null! }.DomainNames, Is.Empty);
            Assert.That(new WazoOAuthToken { Scope = null! }.Scope, Is.Empty);
        });
    }
}
