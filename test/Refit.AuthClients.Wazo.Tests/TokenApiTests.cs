using System.Net;
using Refit.AuthClients.Http;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class TokenApiTests
{
    [Test]
    public async Task CreateAsync_posts_basic_credentials_session_type_and_only_the_given_fields()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/token")
            .WithHeaders("Authorization", "Basic YWxpY2U6YWxpY2U=")
            .WithHeaders(WazoHeaders.SessionType, "mobile")
            .WithJsonBody("""{"backend": "wazo_user", "expiration": 3600}""")
            .RespondJson(TokenData);

        var response = await h.Api<IWazoTokenApi>().CreateAsync(
            "Basic YWxpY2U6YWxpY2U=", new WazoTokenRequest { Backend = "wazo_user", Expiration = 3600 }, "mobile");

        var token = response.Data!;
        Assert.Multiple(() =>
        {
            Assert.That(token.Token, Is.EqualTo(Token));
            Assert.That(token.AuthId, Is.EqualTo(UserUuid));
            Assert.That(token.Acl, Is.EqualTo(new[] { "confd.users.me.read", "dird.me.#" }));
            Assert.That(token.Metadata!.TenantUuid, Is.EqualTo(TenantUuid));
            Assert.That(token.Metadata.PbxUserUuid, Is.EqualTo(UserUuid));
            Assert.That(token.Metadata.Purpose, Is.EqualTo("user"));
            Assert.That(token.SessionUuid, Is.EqualTo(SessionUuid));
            Assert.That(token.UtcExpiresAtInstant, Is.EqualTo(new DateTimeOffset(2026, 5, 5, 15, 49, 30, TimeSpan.Zero).AddTicks(4496070)));
            Assert.That(token.UtcIssuedAtInstant, Is.EqualTo(new DateTimeOffset(2026, 5, 5, 14, 49, 30, TimeSpan.Zero).AddTicks(4496070)));
            Assert.That(token.RefreshToken, Is.Null);
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_with_a_refresh_token_sends_empty_basic_credentials_and_no_session_type()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/token")
            .WithHeaders("Authorization", "Basic Og==")
            .WithoutHeader(WazoHeaders.SessionType)
            .WithJsonBody("""{"backend": "wazo_user", "expiration": 3600, "client_id": "my-app", "refresh_token": "7f3c2b1a-0e9d-4c8b-a7f6-5e4d3c2b1a09"}""")
            .RespondJson(TokenDataWithRefreshToken);

        var response = await h.Api<IWazoTokenApi>().CreateAsync(
            "Basic Og==",
            new WazoTokenRequest { Backend = "wazo_user", Expiration = 3600, ClientId = "my-app", RefreshToken = RefreshToken });

        Assert.That(response.Data!.RefreshToken, Is.EqualTo(RefreshToken));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_with_no_field_sends_an_empty_object()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/token").WithJsonBody("{}").RespondJson(TokenData);

        var response = await h.Api<IWazoTokenApi>().CreateAsync("Basic Og==", new WazoTokenRequest());

        Assert.That(response.Data!.Token, Is.EqualTo(Token));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_sends_the_token_in_the_path_and_scope_and_tenant_in_the_query()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/token/" + Token)
            .WithExactQueryString($"scope=confd.users.me.read&tenant={TenantUuid}")
            .WithoutHeader(WazoHeaders.Tenant)
            .RespondJson(TokenData);

        var response = await h.Api<IWazoTokenApi>().GetAsync(Token, "confd.users.me.read", TenantUuid);

        Assert.That(response.Data!.Acl, Has.Count.EqualTo(2));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_without_scope_or_tenant_sends_no_query()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/token/" + Token).WithExactQueryString(string.Empty).RespondJson(TokenData);

        var response = await h.Api<IWazoTokenApi>().GetAsync(Token);

        Assert.That(response.Data!.Token, Is.EqualTo(Token));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CheckAsync_heads_the_token_and_succeeds_on_204()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Head, "/token/" + Token).WithRawQuery("scope=dird.me.%23").RespondEmpty();

        await h.Api<IWazoTokenApi>().CheckAsync(Token, "dird.me.#");

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RevokeAsync_deletes_the_token_and_ignores_the_body()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/token/" + Token).WithoutBody().RespondJson("""{"data": {"message": "success"}}""");

        await h.Api<IWazoTokenApi>().RevokeAsync(Token);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CheckScopesAsync_posts_the_scopes_as_a_repeatable_request_and_reads_the_map()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check")
            .With(AuthRequestOptions.IsSafeToRepeat)
            .WithJsonBody($$"""{"scopes": ["dird", "foobar"], "tenant_uuid": "{{TenantUuid}}"}""")
            .RespondJson(ScopeCheckResult);

        var result = await h.Api<IWazoTokenApi>().CheckScopesAsync(
            Token, new WazoScopeCheckRequest { Scopes = ["dird", "foobar"], TenantUuid = TenantUuid });

        Assert.That(result.Scopes, Is.EquivalentTo(new Dictionary<string, bool> { ["dird"] = true, ["foobar"] = false }));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CheckScopesAsync_without_tenant_leaves_it_out_of_the_body()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check")
            .WithJsonBody("""{"scopes": ["dird"]}""")
            .RespondJson("""{"scopes": {"dird": true}}""", HttpStatusCode.OK);

        var result = await h.Api<IWazoTokenApi>().CheckScopesAsync(Token, new WazoScopeCheckRequest { Scopes = ["dird"] });

        Assert.That(result.Scopes["dird"], Is.True);
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
