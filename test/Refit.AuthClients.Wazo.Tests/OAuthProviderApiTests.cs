using System.Net;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

/// <summary>The google and microsoft interfaces, which have the same shape.</summary>
public class OAuthProviderApiTests
{
    private static readonly string[] Providers = ["google", "microsoft"];

    [TestCaseSource(nameof(Providers))]
    public async Task GetAsync_reads_the_access_token_and_its_scopes(string provider)
    {
        using var h = new WazoHarness();
        var calls = Calls(h, provider);
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external/{calls.Path}").WithClientToken(TenantUuid).RespondJson(OAuthToken);

        var token = await calls.Get(UserUuid, TenantUuid, default);

        Assert.Multiple(() =>
        {
            Assert.That(token.AccessToken, Is.EqualTo("ya29.a0-access-token"));
            Assert.That(token.TokenExpiration, Is.EqualTo(1700000000));
            Assert.That(token.Scope, Is.EqualTo(new[] { "https://www.googleapis.com/auth/userinfo.profile" }));
            Assert.That(token.ToString(), Does.Not.Contain("ya29"));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCaseSource(nameof(Providers))]
    public async Task GetAsync_reads_a_space_separated_scope_string(string provider)
    {
        using var h = new WazoHarness();
        var calls = Calls(h, provider);
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external/{calls.Path}")
            .RespondJson("""{"access_token": "t", "token_expiration": 1, "scope": "offline_access Contacts.Read"}""");

        var token = await calls.Get(UserUuid, null, default);

        Assert.That(token.Scope, Is.EqualTo(new[] { "offline_access", "Contacts.Read" }));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCaseSource(nameof(Providers))]
    public async Task CreateAsync_posts_the_scopes_with_the_token_and_tenant_and_reads_the_authorization_url(string provider)
    {
        using var h = new WazoHarness();
        var calls = Calls(h, provider);
        h.Expect(HttpMethod.Post, $"/users/{UserUuid}/external/{calls.Path}")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""{"scope": ["https://www.googleapis.com/auth/userinfo.profile"]}""")
            .RespondJson(OAuthAuthorization, HttpStatusCode.Created);

        var authorization = await calls.Create(
            UserUuid, new WazoOAuthAuthorizationRequest { Scope = ["https://www.googleapis.com/auth/userinfo.profile"] }, TenantUuid, default);

        Assert.That(authorization.AuthorizationUrl, Does.StartWith("https://accounts.google.com/o/oauth2/auth"));
        Assert.That(authorization.State, Is.EqualTo("a1b2c3"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCaseSource(nameof(Providers))]
    public async Task CreateAsync_without_scopes_or_tenant_posts_an_empty_object_with_the_token_only(string provider)
    {
        using var h = new WazoHarness();
        var calls = Calls(h, provider);
        h.Expect(HttpMethod.Post, $"/users/{UserUuid}/external/{calls.Path}")
            .WithClientToken()
            .WithJsonBody("{}")
            .RespondJson(OAuthAuthorization, HttpStatusCode.Created);

        var authorization = await calls.Create(UserUuid, new WazoOAuthAuthorizationRequest(), null, default);

        Assert.That(authorization.State, Is.EqualTo("a1b2c3"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCaseSource(nameof(Providers))]
    public async Task DeleteAsync_deletes_the_authorization(string provider)
    {
        using var h = new WazoHarness();
        var calls = Calls(h, provider);
        h.Expect(HttpMethod.Delete, $"/users/{UserUuid}/external/{calls.Path}").WithClientToken(TenantUuid).RespondEmpty();

        await calls.Delete(UserUuid, TenantUuid, default);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    private static OAuthCalls Calls(WazoHarness h, string provider)
    {
        if (provider == "google")
        {
            var google = h.Api<IWazoGoogleAuthApi>();
            return new OAuthCalls(provider, google.GetAsync, google.CreateAsync, google.DeleteAsync);
        }

        var microsoft = h.Api<IWazoMicrosoftAuthApi>();
        return new OAuthCalls(provider, microsoft.GetAsync, microsoft.CreateAsync, microsoft.DeleteAsync);
    }

    private sealed record OAuthCalls(
        string Path,
        Func<string, string?, CancellationToken, Task<WazoOAuthToken>> Get,
        Func<string, WazoOAuthAuthorizationRequest, string?, CancellationToken, Task<WazoOAuthAuthorization>> Create,
        Func<string, string?, CancellationToken, Task> Delete);
}
