using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class IdentityTests
{
    private AstakosHarness _harness = null!;

    [SetUp]
    public void SetUp() => _harness = new AstakosHarness();

    [TearDown]
    public void TearDown() => _harness.Dispose();

    [Test]
    public async Task AuthenticatePostsTheClientTokenAndReturnsTokenUserAndCatalog()
    {
        _harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens")
            .WithJson("""{"auth": {"token": {"id": "user-token"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        var access = await _harness.Client.AuthenticateAsync();

        _harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(access.Token!.Id, Is.EqualTo("CDEe2k0T/HdiJWBMMbHyOA=="));
        Assert.That(access.Token.Expires, Is.EqualTo(new DateTimeOffset(2013, 6, 19, 15, 23, 59, TimeSpan.Zero).AddTicks(9755720)));
        Assert.That(access.Token.Tenant!.Id, Is.EqualTo(Fixtures.OwnerId));
        Assert.That(access.User!.Name, Is.EqualTo("Firstname Lastname"));
        Assert.That(access.User.Roles!.Single().Id, Is.EqualTo("1"));
        Assert.That(access.User.Projects, Is.EqualTo(new[] { Fixtures.OwnerId }));
        Assert.That(access.ServiceCatalog!.Select(s => s.Name), Has.Member("astakos_weblogin"));
        var weblogin = access.ServiceCatalog!.Single(s => s.Name == "astakos_weblogin").Endpoints!.Single();
        Assert.That(weblogin.AdditionalFields!["SNF:webloginURL"].GetString(), Is.EqualTo("https://accounts.example.synnefo.org/astakos/weblogin"));
    }

    [Test]
    public async Task AuthenticateWithATenantSendsTenantName()
    {
        _harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens")
            .WithJson("""{"auth": {"token": {"id": "user-token"}, "tenantName": "uuid-1"}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        await _harness.Client.AuthenticateAsync("uuid-1");

        _harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AuthenticateKeepsTheCatalogSoLaterCallsNeedNoDiscovery()
    {
        _harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens").Respond("application/json", Fixtures.AuthenticateResponse);
        _harness.Expect(HttpMethod.Get, "/account/v1.0/quotas").Respond("application/json", Fixtures.QuotasResponse);

        await _harness.Client.AuthenticateAsync();
        await _harness.Client.GetQuotasAsync();

        _harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetUserInfoAuthenticatesTheGivenTokenAndAddsItsQuotasOnRequest()
    {
        _harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens", token: "other-token")
            .WithJson("""{"auth": {"token": {"id": "other-token"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);
        _harness.Expect(HttpMethod.Get, "/account/v1.0/quotas", token: "other-token").Respond("application/json", Fixtures.QuotasResponse);

        var info = await _harness.Client.GetUserInfoAsync("other-token", usage: true);

        _harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(info.User.Id, Is.EqualTo(Fixtures.OwnerId));
        Assert.That(info.Token.Id, Is.EqualTo("CDEe2k0T/HdiJWBMMbHyOA=="));
        Assert.That(info.Quotas![Fixtures.OwnerId]["cyclades.vm"].Limit, Is.EqualTo(2));
    }

    [Test]
    public async Task GetUserInfoWithoutUsageMakesOneCall()
    {
        _harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens", token: "other-token")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        var info = await _harness.Client.GetUserInfoAsync("other-token");

        _harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(info.Quotas, Is.Null);
    }

    [Test]
    public async Task ValidateTokenGetsTheTokenPathWithoutQuery()
    {
        _harness.Expect(HttpMethod.Get, AstakosHarness.Identity + "/tokens/tok123")
            .WithNoQuery()
            .WithNoContent()
            .Respond("application/json", Fixtures.ValidateTokenResponse);

        var access = await _harness.Client.ValidateTokenAsync("tok123");

        _harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(access.Token!.Id, Is.EqualTo("2YotnFZFEjr1zCsicMWpAA"));
        Assert.That(access.User!.Roles!.Single().Id, Is.EqualTo("1"));
        Assert.That(access.User.Projects, Is.Null);
    }

    [Test]
    public async Task ValidateTokenSendsBelongsToEncoded()
    {
        _harness.Expect(HttpMethod.Get, AstakosHarness.Identity + "/tokens/tok123")
            .WithExactQueryString("belongsTo=http%3A%2F%2Fx%2Fy%20z")
            .Respond("application/json", Fixtures.ValidateTokenResponse);

        await _harness.Client.ValidateTokenAsync("tok123", "http://x/y z");

        _harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ValidateTokenEscapesTheTokenIdSoTheWholeIdStaysOnePathSegment()
    {
        string? path = null;
        _harness.Mock.Expect(HttpMethod.Get, "*").Respond(request =>
        {
            path = request.RequestUri!.AbsolutePath;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.ValidateTokenResponse) };
        });

        await _harness.Client.ValidateTokenAsync("CDEe2k0T/Hdi JWB+MMbHyOA==");

        Assert.That(path, Is.EqualTo("/identity/v2.0/tokens/CDEe2k0T%2FHdi%20JWB%2BMMbHyOA%3D%3D"));
    }

    [Test]
    public async Task GetEndpointsPostsNoBodyAndKeepsTheCatalog()
    {
        _harness.ExpectDiscovery(Fixtures.PublicModeCatalog);
        _harness.Expect(HttpMethod.Get, "/account/v1.0/resources").Respond("application/json", Fixtures.ResourcesResponse);

        var access = await _harness.Client.GetEndpointsAsync();
        await _harness.Client.GetResourcesAsync();

        _harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(access.Token, Is.Null);
        Assert.That(access.ServiceCatalog!.Select(s => s.Name), Is.EqualTo(new[] { "astakos_account", "astakos_oauth2" }));
    }

    [Test]
    public async Task GetTokenPostsAFormWithBasicAuthToTheDiscoveredOAuth2Path()
    {
        _harness.ExpectDiscovery();
        _harness.Expect(HttpMethod.Post, AstakosHarness.OAuth2 + "/token")
            .WithHeaders("Authorization", "Basic Y2lkOmNzZWM=")
            .WithContentType("application/x-www-form-urlencoded")
            .WithFormData(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = "abc", ["redirect_uri"] = "https://r",
            })
            .Respond("application/json", Fixtures.OAuth2TokenResponse);

        var token = await _harness.Client.GetTokenAsync(
            "authorization_code", "cid", "csec", new Dictionary<string, string> { ["code"] = "abc", ["redirect_uri"] = "https://r" });

        _harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(token.AccessToken, Is.EqualTo("2YotnFZFEjr1zCsicMWpAA"));
        Assert.That(token.TokenType, Is.EqualTo("Bearer"));
        Assert.That(token.ExpiresIn, Is.EqualTo(20));
    }
}
