using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class IdentityTests : HarnessFixture
{
    [Test]
    public async Task AuthenticatePostsTheClientTokenAndReturnsTokenUserAndCatalog()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens")
            .WithJson("""{"auth": {"token": {"id": "user-token"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        var access = await Client.AuthenticateAsync();

        VerifyRequests();
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
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens")
            .WithJson("""{"auth": {"token": {"id": "user-token"}, "tenantName": "uuid-1"}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        await Client.AuthenticateAsync("uuid-1");

        VerifyRequests();
    }

    [Test]
    public async Task AuthenticateKeepsTheCatalogSoLaterCallsNeedNoDiscovery()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens").Respond("application/json", Fixtures.AuthenticateResponse);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/quotas").Respond("application/json", Fixtures.QuotasResponse);

        await Client.AuthenticateAsync();
        await Client.GetQuotasAsync();

        VerifyRequests();
    }

    [Test]
    public async Task AuthenticateReturnsTheCatalogAsReceived()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens").Respond("application/json", """
            {"access": {"serviceCatalog": [{"name": "astakos_account", "endpoints": [
              {"versionId": "v2.0", "publicURL": "https://x/account/v2.0"},
              {"versionId": "v1.0", "publicURL": "https://x/account/v1.0", "SNF:uiURL": "https://x/ui"}]}]}}
            """);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/quotas").Respond("application/json", Fixtures.QuotasResponse);

        var access = await Client.AuthenticateAsync();
        await Client.GetQuotasAsync();

        VerifyRequests();
        Assert.That(access.ServiceCatalog!.Single().Endpoints!.Select(e => e.VersionId), Is.EqualTo(new[] { "v2.0", "v1.0" }));
    }

    [Test]
    public async Task GetUserInfoAuthenticatesTheGivenTokenAndAddsItsQuotasOnRequest()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens", token: "other-token")
            .WithJson("""{"auth": {"token": {"id": "other-token"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/quotas", token: "other-token").Respond("application/json", Fixtures.QuotasResponse);

        var info = await Client.GetUserInfoAsync("other-token", usage: true);

        VerifyRequests();
        Assert.That(info.User.Id, Is.EqualTo(Fixtures.OwnerId));
        Assert.That(info.Token.Id, Is.EqualTo("CDEe2k0T/HdiJWBMMbHyOA=="));
        Assert.That(info.Quotas![Fixtures.OwnerId]["cyclades.vm"].Limit, Is.EqualTo(2));
    }

    [Test]
    public async Task GetUserInfoWithoutUsageMakesOneCall()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens", token: "other-token")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        var info = await Client.GetUserInfoAsync("other-token");

        VerifyRequests();
        Assert.That(info.Quotas, Is.Null);
    }

    [Test]
    public async Task ValidateTokenGetsTheTokenPathWithoutQuery()
    {
        Harness.Expect(HttpMethod.Get, AstakosHarness.Identity + "/tokens/tok123")
            .WithNoQuery()
            .WithNoContent()
            .Respond("application/json", Fixtures.ValidateTokenResponse);

        var access = await Client.ValidateTokenAsync("tok123");

        VerifyRequests();
        Assert.That(access.Token!.Id, Is.EqualTo("2YotnFZFEjr1zCsicMWpAA"));
        Assert.That(access.User!.Roles!.Single().Id, Is.EqualTo("1"));
        Assert.That(access.User.Projects, Is.Null);
    }

    [Test]
    public async Task ValidateTokenSendsBelongsToEncoded()
    {
        Harness.Expect(HttpMethod.Get, AstakosHarness.Identity + "/tokens/tok123")
            .WithRawQuery("belongsTo=http%3A%2F%2Fx%2Fy%20z")
            .Respond("application/json", Fixtures.ValidateTokenResponse);

        await Client.ValidateTokenAsync("tok123", "http://x/y z");

        VerifyRequests();
    }

    [TestCase("CDEe2k0T/Hdi JWB+MMbHyOA==", "CDEe2k0T/Hdi%20JWB%2BMMbHyOA%3D%3D")]
    [TestCase("ab//cd==", "ab//cd%3D%3D")]
    [TestCase("a?b#c%d", "a%3Fb%23c%25d")]
    [TestCase("jé/ü", "j%C3%A9/%C3%BC")]
    public async Task ValidateTokenEscapesTheTokenIdButKeepsItsSlashes(string tokenId, string sentAs)
    {
        string? path = null;
        string? query = null;
        Harness.Mock.Expect(HttpMethod.Get, "*").Respond(request =>
        {
            path = request.RequestUri!.AbsolutePath;
            query = request.RequestUri.Query;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.ValidateTokenResponse) };
        });

        await Client.ValidateTokenAsync(tokenId);

        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo("/identity/v2.0/tokens/" + sentAs));
            Assert.That(query, Is.Empty);
        });
    }

    [TestCase("..")]
    [TestCase("a/../b")]
    [TestCase("a/./b")]
    public async Task ValidateTokenRefusesATokenIdThatAUriWouldRewrite(string tokenId)
    {
        var error = await Fails.With<ArgumentException>(() => Client.ValidateTokenAsync(tokenId));

        Assert.That(error.ParamName, Is.EqualTo("tokenId"));
        Assert.That(Harness.Mock.GetMatchCount(Harness.Mock.Fallback), Is.Zero);
    }

    [Test]
    public async Task GetEndpointsPostsNoBodyAndKeepsTheCatalog()
    {
        Harness.ExpectDiscovery(Fixtures.PublicModeCatalog);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/resources").Respond("application/json", Fixtures.ResourcesResponse);

        var access = await Client.GetEndpointsAsync();
        await Client.GetResourcesAsync();

        VerifyRequests();
        Assert.That(access.Token, Is.Null);
        Assert.That(access.ServiceCatalog!.Select(s => s.Name), Is.EqualTo(new[] { "astakos_account", "astakos_oauth2" }));
    }

    [Test]
    public async Task GetTokenPostsAFormWithBasicAuthToTheDiscoveredOAuth2Path()
    {
        Harness.ExpectDiscovery();
        Harness.Expect(HttpMethod.Post, AstakosHarness.OAuth2 + "/token")
            .WithHeaders("Authorization", "Basic Y2lkOmNzZWM=")
            .WithContentType("application/x-www-form-urlencoded")
            .WithFormData(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = "abc", ["redirect_uri"] = "https://r",
            })
            .Respond("application/json", Fixtures.OAuth2TokenResponse);

        var token = await Client.GetTokenAsync(
            "authorization_code", "cid", "csec", new Dictionary<string, string> { ["code"] = "abc", ["redirect_uri"] = "https://r" });

        VerifyRequests();
        Assert.That(token.AccessToken, Is.EqualTo("2YotnFZFEjr1zCsicMWpAA"));
        Assert.That(token.TokenType, Is.EqualTo("Bearer"));
        Assert.That(token.ExpiresIn, Is.EqualTo(20));
    }
}
