using System.Net;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>
/// A success answer lacking what the call returns is an invalid response, never a null or half-empty result, and
/// the error tells the real request (redacted), the status and the body, as for a body that is not JSON.
/// </summary>
public class InvalidAnswerTests
{
    private const string Prefix = "/api/auth/0.1";

    private static IEnumerable<TestCaseData> Answers()
    {
        yield return Case("a user that is JSON null", HttpMethod.Get, "/users/" + UserUuid, "null", c => c.Users.GetAsync(UserUuid));
        yield return Case("a list without items", HttpMethod.Get, "/groups", """{"total": 1, "items": null}""", c => c.Groups.ListAsync());
        yield return Case("an idp list without items", HttpMethod.Get, "/idp", """{"total": 1, "items": null}""", c => c.Idp.ListAsync());
        yield return Case("backends without data", HttpMethod.Get, "/backends", """{"data": null}""", c => c.Backends.ListAsync());
        yield return Case("a configuration that is JSON null", HttpMethod.Get, "/config", "null", c => c.Config.GetAsync());
        yield return Case("external data that is JSON null", HttpMethod.Get, $"/users/{UserUuid}/external/foo", "null", c => c.External.GetAsync("foo", UserUuid));
        yield return Case("a created token without data", HttpMethod.Post, "/token", "{}", c => c.Token.CreateAsync());
        yield return Case("a logout without location", HttpMethod.Get, "/saml/logout", "{}", c => c.Saml.LogoutAsync());
        yield return Case("a body that is not JSON", HttpMethod.Get, "/policies/" + PolicyUuid, "<html/>", c => c.Policies.GetAsync(PolicyUuid));

        // Token answers: the token and whom it is for are the whole point (issue 5).
        yield return Case("a created token with empty data", HttpMethod.Post, "/token", """{"data": {}}""", c => c.Token.CreateAsync());
        yield return Case("a token with empty data", HttpMethod.Get, "/token/" + Token, """{"data": {}}""", c => c.Token.GetAsync(Token), "/token/***");
        yield return Case("a token without auth_id", HttpMethod.Get, "/token/" + Token, """{"data": {"token": "t1"}}""", c => c.Token.GetAsync(Token), "/token/***");

        // Resources without what identifies them.
        yield return Case("a user without uuid", HttpMethod.Get, "/users/" + UserUuid, "{}", c => c.Users.GetAsync(UserUuid));
        yield return Case("a created user without uuid", HttpMethod.Post, "/users", """{"username": "alice"}""", c => c.Users.CreateAsync(new WazoUserCreate { Username = "alice" }));
        yield return Case("a policy without uuid", HttpMethod.Get, "/policies/" + PolicyUuid, "{}", c => c.Policies.GetAsync(PolicyUuid));
        yield return Case("a tenant without uuid", HttpMethod.Get, "/tenants/" + TenantUuid, "{}", c => c.Tenants.GetAsync(TenantUuid));
        yield return Case("a group without uuid", HttpMethod.Get, "/groups/" + GroupUuid, """{"uuid": ""}""", c => c.Groups.GetAsync(GroupUuid));
        yield return Case("a SAML config without its fields", HttpMethod.Get, "/backends/saml", "{}", c => c.SamlConfig.GetAsync());
        yield return Case("an ACS template without acs_url", HttpMethod.Get, "/backends/saml/acs_url_template", "{}", c => c.SamlConfig.GetAcsTemplateAsync());
        yield return Case("a SAML login without anything", HttpMethod.Post, "/saml/sso", "{}", c => c.Saml.SsoAsync("example.com", new Uri("https://example.com/acs")));
        yield return Case("a SAML login without session", HttpMethod.Post, "/saml/sso", """{"location": "https://idp.example.com/sso"}""", c => c.Saml.SsoAsync("example.com", new Uri("https://example.com/acs")));
        yield return Case("a configuration that is a list", HttpMethod.Get, "/config", "[]", c => c.Config.GetAsync());
        yield return Case("a configuration that is a string", HttpMethod.Get, "/config", "\"x\"", c => c.Config.GetAsync());

        // Lists: the count the pager relies on, and no null item.
        yield return Case("a list without total", HttpMethod.Get, "/users", """{"filtered": 0, "items": []}""", c => c.Users.ListAsync());
        yield return Case("an idp list without total", HttpMethod.Get, "/idp", """{"items": ["native"]}""", c => c.Idp.ListAsync());
        yield return Case("a list with a null item", HttpMethod.Get, "/users", """{"total": 2, "filtered": 2, "items": [null, {"uuid": "u2"}]}""", c => c.Users.ListAsync());
        yield return Case("backends with a null name", HttpMethod.Get, "/backends", """{"data": [null]}""", c => c.Backends.ListAsync());
        yield return Case(
            "e-mails with a null item",
            HttpMethod.Put,
            $"/admin/users/{UserUuid}/emails",
            "[null]",
            c => c.Admin.UpdateUserEmailsAsync(UserUuid, [new WazoEmailAddressUpdate { Address = "a@example.com", Main = true }]));
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Is_an_invalid_response_telling_the_request_status_and_body(
        HttpMethod method,
        string path,
        string body,
        Func<IWazoAuthClient, Task> call,
        string sentPath)
    {
        using var h = FacadeHarness.Create();
        h.Expect(method, path).Respond(HttpStatusCode.OK, "application/json", body);

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(async () => await call(h.Client));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Kind, Is.EqualTo(AuthErrorKind.InvalidResponse));
            Assert.That(thrown.RequestMethod, Is.EqualTo(method.Method));
            Assert.That(thrown.RequestPath, Is.EqualTo(Prefix + sentPath));
            Assert.That(thrown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(thrown.ResponseBody, Is.EqualTo(body));
            Assert.That(thrown.Message, Does.Contain($"{method.Method} {Prefix}{sentPath} answered 200"));
        });
    }

    [Test]
    public async Task A_scope_check_without_an_asked_scope_is_an_invalid_response()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check").RespondJson("""{"scopes": {"b": true}}""");

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(() => h.Client.Token.CheckScopesAsync(Token, ["a", "b"]));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(thrown.RequestPath, Is.EqualTo(Prefix + "/token/***/scopes/check"));
            Assert.That(thrown.InnerException?.Message, Does.Contain("'a'"));
        });
    }

    [Test]
    public async Task A_scope_check_answering_every_asked_scope_is_read()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check").RespondJson("""{"scopes": {"a": false, "b": true}}""");

        var scopes = await h.Client.Token.CheckScopesAsync(Token, ["a", "b", "a"]);

        Assert.That(scopes, Is.EquivalentTo(new Dictionary<string, bool> { ["a"] = false, ["b"] = true }));
    }

    [TestCase(HttpStatusCode.OK, "https://example.com/acs")]
    [TestCase(HttpStatusCode.Found, null)]
    public async Task Acs_without_a_redirect_and_its_location_is_an_invalid_response(HttpStatusCode status, string? location)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, "/saml/acs").Respond(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent("<p>done</p>") };
            response.Headers.Location = location is null ? null : new Uri(location);
            return response;
        });

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(() => h.Client.Saml.AcsAsync("PHNhbWw+", "relay-1"));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.StatusCode, Is.EqualTo(status));
            Assert.That(thrown.RequestPath, Is.EqualTo(Prefix + "/saml/acs"));
            Assert.That(thrown.ResponseBody, Is.EqualTo("<p>done</p>"));
        });
    }

    [Test]
    public async Task Acs_accepts_the_specs_303()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, "/saml/acs").Respond(_ => new HttpResponseMessage(HttpStatusCode.SeeOther) { Headers = { Location = new Uri("https://example.com/acs") } });

        var location = await h.Client.Saml.AcsAsync("PHNhbWw+", "relay-1");

        Assert.That(location, Is.EqualTo(new Uri("https://example.com/acs")));
    }

    private static TestCaseData Case<T>(string name, HttpMethod method, string path, string body, Func<IWazoAuthClient, Task<T>> call, string? sentPath = null) =>
        new TestCaseData(method, path, body, (Func<IWazoAuthClient, Task>)(c => call(c)), sentPath ?? path).SetName(name);
}

/// <summary>What the facade reports of an answer it refuses keeps the request's secrets out, the reason phrase included.</summary>
public class InvalidAnswerSecrecyTests
{
    [Test]
    public void A_reason_phrase_echoing_the_token_is_scrubbed()
    {
        const string Token = "5c1e0e55-7a3b-4d1e-9f2a-0123456789ab";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://wazo.example.com/0.1/token/{Token}/scopes/check");

        var error = WazoAnswer.Invalid(request, System.Net.HttpStatusCode.OK, "OK for " + Token, "{}", new System.Text.Json.JsonException("no scope"));

        Assert.That(error.ReasonPhrase, Is.EqualTo("OK for ***"));
        Assert.That(error.ToString(), Does.Not.Contain(Token));
    }
}
