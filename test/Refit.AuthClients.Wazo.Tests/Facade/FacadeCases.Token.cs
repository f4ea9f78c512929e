using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private const string RefreshTokenQuery = "order=created_at&direction=desc&limit=10&offset=5";

    private static readonly WazoRefreshTokenListQuery RefreshTokenPage =
        new() { Order = "created_at", Direction = WazoSortDirection.Desc, Limit = 10, Offset = 5 };

    private static IEnumerable<FacadeCall> TokenCalls()
    {
        yield return FacadeCall.Of(
            "Token.CreateAsync",
            c => c.Token.CreateAsync("wazo_user", expiration: 3600, sessionType: "mobile", username: "bob", password: "s3cr37"),
            Post,
            "/token",
            (WazoToken t) => AssertTokenData(t, refreshToken: null)) with
        {
            Token = null,
            Headers = new Dictionary<string, string> { ["Authorization"] = "Basic Ym9iOnMzY3IzNw==", [WazoHeaders.SessionType] = "mobile" },
            Body = """{"backend": "wazo_user", "expiration": 3600}""",
            Answer = TokenData,
        };
        yield return FacadeCall.Of(
            "Token.CreateAsync offline, with the options' credentials",
            c => c.Token.CreateAsync(new WazoTokenRequest { Backend = "wazo_user", Expiration = 3600, AccessType = "offline", ClientId = "my-app" }),
            Post,
            "/token",
            (WazoToken t) => Assert.That(t.RefreshToken, Is.EqualTo(RefreshToken))) with
        {
            Token = null,
            Headers = new Dictionary<string, string> { ["Authorization"] = "Basic YWxpY2U6YWxpY2U=" },
            Body = """{"backend": "wazo_user", "expiration": 3600, "access_type": "offline", "client_id": "my-app"}""",
            Answer = TokenDataWithRefreshToken,
        };
        yield return FacadeCall.Of(
            "Token.CreateAsync from a refresh token",
            c => c.Token.CreateAsync("wazo_user", expiration: 3600, clientId: "my-app", refreshToken: RefreshToken),
            Post,
            "/token",
            (WazoToken t) => Assert.That(t.Token, Is.EqualTo("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"))) with
        {
            Token = null,
            Headers = new Dictionary<string, string> { ["Authorization"] = "Basic Og==" },
            Body = $$"""{"backend": "wazo_user", "expiration": 3600, "client_id": "my-app", "refresh_token": "{{RefreshToken}}"}""",
            Answer = TokenDataWithRefreshToken,
        };
        yield return FacadeCall.Of(
            "Token.GetAsync",
            c => c.Token.GetAsync(Token, "confd.users.me.read", TenantUuid),
            Get,
            "/token/" + Token,
            (WazoToken t) => AssertTokenData(t, refreshToken: null)) with
        {
            Query = $"scope=confd.users.me.read&tenant={TenantUuid}",
            Answer = TokenData,
        };
        yield return FacadeCall.Of("Token.IsValidAsync", c => c.Token.IsValidAsync(Token, "dird.me.#"), Head, "/token/" + Token, (bool valid) => Assert.That(valid))
            with { Query = "scope=dird.me.%23", Status = System.Net.HttpStatusCode.NoContent };
        yield return FacadeCall.Of("Token.CheckAsync", c => c.Token.CheckAsync(Token, tenant: TenantUuid), Head, "/token/" + Token, (bool valid) => Assert.That(valid))
            with { Query = "tenant=" + TenantUuid, Status = System.Net.HttpStatusCode.NoContent };
        yield return FacadeCall.Of(
            "Token.CheckScopesAsync",
            c => c.Token.CheckScopesAsync(Token, ["dird", "foobar"], TenantUuid),
            Post,
            $"/token/{Token}/scopes/check",
            (IReadOnlyDictionary<string, bool> scopes) => Assert.That(scopes, Is.EquivalentTo(new Dictionary<string, bool> { ["dird"] = true, ["foobar"] = false }))) with
        {
            Body = $$"""{"scopes": ["dird", "foobar"], "tenant_uuid": "{{TenantUuid}}"}""",
            Answer = ScopeCheckResult,
        };
        yield return FacadeCall.Of("Token.RevokeAsync", c => c.Token.RevokeAsync(Token), Delete, "/token/" + Token)
            with { Answer = """{"data": {"message": "success"}}""", Status = System.Net.HttpStatusCode.OK };
        yield return FacadeCall.Of(
            "Token.ListAsync",
            c => c.Token.ListAsync("me", RefreshTokenPage, Sub),
            Get,
            "/users/me/tokens",
            (WazoList<WazoRefreshToken> list) => AssertRefreshTokens(list)) with
        {
            Query = RefreshTokenQuery,
            Tenant = Sub,
            Answer = RefreshTokens,
        };
        yield return FacadeCall.Of("Token.DeleteAsync", c => c.Token.DeleteAsync(UserUuid, "my-app", Sub), Delete, $"/users/{UserUuid}/tokens/my-app")
            with { Tenant = Sub };
        yield return FacadeCall.Of(
            "RefreshTokens.ListAsync",
            c => c.RefreshTokens.ListAsync(RefreshTokenPage, Sub),
            Get,
            "/tokens",
            (WazoList<WazoRefreshToken> list) => AssertRefreshTokens(list)) with
        {
            Query = RefreshTokenQuery,
            Tenant = Sub,
            Answer = RefreshTokens,
        };
    }

    // Every field of the spec's token definition.
    private static void AssertTokenData(WazoToken token, string? refreshToken) => Assert.Multiple(() =>
    {
        Assert.That(token.Token, Is.EqualTo(Token));
        Assert.That(token.AuthId, Is.EqualTo(UserUuid));
        Assert.That(token.XivoUserUuid, Is.EqualTo(UserUuid));
        Assert.That(token.IssuedAt, Is.EqualTo("2026-05-05T10:49:30.449607"));
        Assert.That(token.ExpiresAt, Is.EqualTo("2026-05-05T11:49:30.449607"));
        Assert.That(token.UtcExpiresAt, Is.EqualTo("2026-05-05T15:49:30.449607"));
        Assert.That(token.UtcExpiresAtInstant, Is.EqualTo(new DateTimeOffset(2026, 5, 5, 15, 49, 30, TimeSpan.Zero).AddTicks(4496070)));
        Assert.That(token.Acl, Is.EqualTo(new[] { "confd.users.me.read", "dird.me.#" }));
        Assert.That(token.SessionUuid, Is.EqualTo(SessionUuid));
        Assert.That(token.Metadata!.TenantUuid, Is.EqualTo(TenantUuid));
        Assert.That(token.Metadata.PbxUserUuid, Is.EqualTo(UserUuid));
        Assert.That(token.RefreshToken, Is.EqualTo(refreshToken));
    });

    private static void AssertRefreshTokens(WazoList<WazoRefreshToken> list) => Assert.Multiple(() =>
    {
        Assert.That(list.Total, Is.EqualTo(1));
        Assert.That(list.Filtered, Is.EqualTo(1));
        Assert.That(list.Items.Single().ClientId, Is.EqualTo("foobar"));
        Assert.That(list.Items.Single().Mobile, Is.True);
    });
}
