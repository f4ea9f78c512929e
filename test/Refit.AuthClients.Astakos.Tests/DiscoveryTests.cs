using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class DiscoveryTests : HarnessFixture
{
    private const string DiscoveryUrl = AstakosHarness.Host + AstakosHarness.Identity + "/tokens";

    [Test]
    public async Task FiftyConcurrentFirstCallsMakeOneDiscovery()
    {
        var discovery = Harness.Mock.When(HttpMethod.Post, DiscoveryUrl)
            .Respond(new DelayedResponder(TimeSpan.FromMilliseconds(100), Fixtures.DiscoveryFixture));
        var quotas = Harness.Mock.When(HttpMethod.Get, AstakosHarness.Host + AstakosHarness.Account + "/quotas")
            .Respond("application/json", Fixtures.QuotasResponse);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Client.GetQuotasAsync())));

        Assert.That(Harness.Mock.GetMatchCount(discovery), Is.EqualTo(1));
        Assert.That(Harness.Mock.GetMatchCount(quotas), Is.EqualTo(50));
        Assert.That(results, Has.All.ContainKey(Fixtures.OwnerId));
    }

    [Test]
    public async Task AFailedDiscoveryIsNotKept()
    {
        Harness.Mock.Expect(HttpMethod.Post, DiscoveryUrl).Respond(HttpStatusCode.ServiceUnavailable);
        ExpectAccount(HttpMethod.Get, "/quotas").Respond("application/json", Fixtures.QuotasResponse);

        var error = await Fails.With<AstakosClientException>(() => Client.GetQuotasAsync());
        await Client.GetQuotasAsync();

        VerifyRequests();
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(error.RequestPath, Is.EqualTo(AstakosHarness.Identity + "/tokens"));
    }

    [Test]
    public async Task OnlyThePathsOfTheCatalogUrlsAreUsed()
    {
        Harness.ExpectDiscovery(Fixtures.PublicModeCatalog);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/quotas").Respond("application/json", Fixtures.QuotasResponse);
        Harness.Expect(HttpMethod.Get, "/ui/get_services").Respond("application/json", Fixtures.ServicesResponse);
        Harness.Expect(HttpMethod.Post, "/oauth2/token").Respond("application/json", Fixtures.OAuth2TokenResponse);

        await Client.GetQuotasAsync();
        await Client.GetServicesAsync();
        await Client.GetTokenAsync("authorization_code", "cid", "csec");

        VerifyRequests();
    }

    [Test]
    public async Task TheRefitInterfacesResolveThePrefixesToo()
    {
        ExpectAccount(HttpMethod.Get, "/quotas").Respond("application/json", Fixtures.QuotasResponse);

        var quotas = await Harness.Provider.GetRequiredService<IAstakosAccountApi>().GetQuotasAsync();

        VerifyRequests();
        Assert.That(quotas, Contains.Key(Fixtures.OwnerId));
    }

    [Test]
    public async Task AMissingAccountServiceIsReportedByName()
    {
        Harness.ExpectDiscovery("""{"access": {"serviceCatalog": [{"name": "astakos_oauth2", "endpoints": [{"publicURL": "https://x/oauth2"}]}]}}""");

        var error = await Fails.With<NoEndpointsException>(() => Client.GetQuotasAsync());

        Assert.That(error.Message, Is.EqualTo("No endpoint found in the service catalog for service \"astakos_account\" (versionId \"v1.0\")."));
        Assert.That(error.RequestPath, Is.EqualTo(AstakosHarness.Identity + "/tokens"));
    }

    [Test]
    public async Task AnAccountServiceWithoutAV1EndpointIsMissing()
    {
        Harness.ExpectDiscovery("""
            {"access": {"serviceCatalog": [{"name": "astakos_account",
              "endpoints": [{"versionId": "v2.0", "publicURL": "https://x/account/v2.0", "SNF:uiURL": "https://x/ui"}]}]}}
            """);

        await Fails.With<NoEndpointsException>(() => Client.GetResourcesAsync());
    }

    [Test]
    public async Task AMissingOAuth2ServiceFailsOnlyTheOAuth2CallAndCostsNoSecondDiscovery()
    {
        Harness.ExpectDiscovery("""
            {"access": {"serviceCatalog": [{"name": "astakos_account",
              "endpoints": [{"versionId": "v1.0", "publicURL": "https://x/account/v1.0", "SNF:uiURL": "https://x/ui"}]}]}}
            """);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/quotas").Respond("application/json", Fixtures.QuotasResponse);

        await Client.GetQuotasAsync();
        var error = await Fails.With<NoEndpointsException>(() => Client.GetTokenAsync("authorization_code", "cid", "csec"));

        VerifyRequests();
        Assert.That(error.Message, Does.Contain("\"astakos_oauth2\""));
    }

    [Test]
    public async Task AnEndpointWithoutUiUrlFailsOnlyTheUiCall()
    {
        Harness.ExpectDiscovery("""
            {"access": {"serviceCatalog": [{"name": "astakos_account",
              "endpoints": [{"versionId": "v1.0", "publicURL": "https://x/account/v1.0"}]}]}}
            """);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/resources").Respond("application/json", Fixtures.ResourcesResponse);

        var error = await Fails.With<NoEndpointsException>(() => Client.GetServicesAsync());
        await Client.GetResourcesAsync();

        VerifyRequests();
        Assert.That(error.Message, Does.Contain("has no \"SNF:uiURL\""));
    }

    [Test]
    public async Task ADiscoveryAnswerWithoutCatalogIsNotKept()
    {
        Harness.ExpectDiscovery("""{"access": {}}""");
        ExpectAccount(HttpMethod.Get, "/quotas").Respond("application/json", Fixtures.QuotasResponse);

        await Fails.With<NoEndpointsException>(() => Client.GetQuotasAsync());
        await Client.GetQuotasAsync();

        VerifyRequests();
    }
}

public sealed class AuthUrlPathTests
{
    [TestCase("https://accounts.example.synnefo.org", "/identity/v2.0/tokens")]
    [TestCase("https://accounts.example.synnefo.org/", "/identity/v2.0/tokens")]
    [TestCase("https://accounts.example.synnefo.org/identity/v2.0/", "/identity/v2.0/tokens")]
    [TestCase("https://accounts.example.synnefo.org/astakos/identity/v2.0", "/astakos/identity/v2.0/tokens")]
    [TestCase("http://localhost:8080/identity/v2.0", "/identity/v2.0/tokens")]
    public async Task TheIdentityApiLivesUnderTheAuthUrlPath(string authUrl, string tokensPath)
    {
        using var harness = new AstakosHarness(o => o.AuthUrl = new Uri(authUrl));
        var root = new Uri(authUrl).GetLeftPart(UriPartial.Authority);
        harness.Mock.Expect(HttpMethod.Post, root + tokensPath).Respond("application/json", Fixtures.AuthenticateResponse);

        await harness.Client.AuthenticateAsync();

        harness.Mock.VerifyNoOutstandingExpectation();
    }
}
