using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class DiscoveryTests : HarnessFixture
{
    private const string DiscoveryUrl = AstakosHarness.Host + AstakosHarness.Identity + "/tokens";

    [Test]
    public async Task FiftyConcurrentFirstCallsMakeOneDiscovery()
    {
        var (discovery, quotas) = AnswerDiscoveryAfterADelay(TimeSpan.FromMilliseconds(100));

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Client.GetQuotasAsync())));

        Assert.That(Harness.Mock.GetMatchCount(discovery), Is.EqualTo(1));
        Assert.That(Harness.Mock.GetMatchCount(quotas), Is.EqualTo(50));
        Assert.That(results, Has.All.ContainKey(Fixtures.OwnerId));
    }

    [Test]
    public async Task FiftyConcurrentFirstCallsShareOneFailedDiscovery()
    {
        var discovery = Harness.Mock.When(HttpMethod.Post, DiscoveryUrl)
            .Respond(new DelayedResponder(TimeSpan.FromMilliseconds(100), "{}", HttpStatusCode.ServiceUnavailable));

        var calls = Enumerable.Range(0, 50).Select(_ => Task.Run(() => Client.GetQuotasAsync())).ToList();
        var errors = new List<Exception>();
        foreach (var call in calls)
        {
            errors.Add(await Fails.With<AstakosClientException>(() => call));
        }

        Assert.That(Harness.Mock.GetMatchCount(discovery), Is.EqualTo(1));
        Assert.That(errors.Cast<AstakosClientException>().Select(e => e.StatusCode), Has.All.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task ACallerGivingUpDoesNotCancelTheDiscoveryOfTheOthers()
    {
        var (discovery, quotas) = AnswerDiscoveryAfterADelay(TimeSpan.FromMilliseconds(200));
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        var impatient = Client.GetQuotasAsync(giveUp.Token);
        var patient = Client.GetQuotasAsync();

        Assert.That(async () => await impatient, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await patient, Contains.Key(Fixtures.OwnerId));
        Assert.That(Harness.Mock.GetMatchCount(discovery), Is.EqualTo(1));
        Assert.That(Harness.Mock.GetMatchCount(quotas), Is.EqualTo(1));
    }

    [Test]
    public async Task AFailedDiscoveryNobodyWaitedForIsNotKeptEither()
    {
        var answers = 0;
        var discovery = Harness.Mock.When(HttpMethod.Post, DiscoveryUrl);
        discovery.Respond(async () =>
        {
            await Task.Delay(Interlocked.Increment(ref answers) == 1 ? 200 : 0);
            return answers == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("{}") }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.DiscoveryFixture) };
        });
        Harness.Mock.When(HttpMethod.Get, AstakosHarness.Host + AstakosHarness.Account + "/quotas").Respond("application/json", Fixtures.QuotasResponse);
        using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(20)))
        {
            Assert.That(async () => await Client.GetQuotasAsync(giveUp.Token), Throws.InstanceOf<OperationCanceledException>());
        }

        await Task.Delay(400);
        var quotas = await Client.GetQuotasAsync();

        Assert.That(Harness.Mock.GetMatchCount(discovery), Is.EqualTo(2));
        Assert.That(quotas, Contains.Key(Fixtures.OwnerId));
    }

    [Test]
    public async Task NullEntriesOfTheCatalogAreSkipped()
    {
        var oauth2 = await QuotasWorkButOAuth2IsMissingAsync(
            """
            {"access": {"serviceCatalog": [null, {"name": "astakos_oauth2", "endpoints": [null]},
              {"name": "astakos_account", "endpoints": [null, {"versionId": "v1.0", "publicURL": "https://x/account/v1.0", "SNF:uiURL": "https://x/ui"}]}]}}
            """);

        Assert.That(oauth2.Message, Does.Contain("\"astakos_oauth2\""));
    }

    [Test]
    public async Task AuthenticationKeepsACatalogWithNullEntries()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens")
            .Respond("application/json", """{"access": {"token": {"id": "t"}, "user": {"id": "u"}, "serviceCatalog": [null]}}""");

        var access = await Client.AuthenticateAsync();
        var error = await Fails.With<NoEndpointsException>(() => Client.GetQuotasAsync());

        Assert.That(access.ServiceCatalog, Has.Count.EqualTo(1));
        Assert.That(error.Message, Does.Contain("astakos_account"));
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
        var error = await QuotasWorkButOAuth2IsMissingAsync(
            """
            {"access": {"serviceCatalog": [{"name": "astakos_account",
              "endpoints": [{"versionId": "v1.0", "publicURL": "https://x/account/v1.0", "SNF:uiURL": "https://x/ui"}]}]}}
            """);

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

    /// <summary>Answers discovery after <paramref name="delay"/>, and the quotas at once.</summary>
    private (MockedRequest Discovery, MockedRequest Quotas) AnswerDiscoveryAfterADelay(TimeSpan delay)
    {
        var discovery = Harness.Mock.When(HttpMethod.Post, DiscoveryUrl);
        discovery.Respond(new DelayedResponder(delay, Fixtures.DiscoveryFixture));
        var quotas = Harness.Mock.When(HttpMethod.Get, AstakosHarness.Host + AstakosHarness.Account + "/quotas");
        quotas.Respond("application/json", Fixtures.QuotasResponse);
        return (discovery, quotas);
    }

    /// <summary>
    /// Discovers <paramref name="catalog"/> (an account prefix of <c>/account/v1.0</c>), reads the quotas, and returns
    /// the error of the OAuth2 call; no second discovery.
    /// </summary>
    private async Task<NoEndpointsException> QuotasWorkButOAuth2IsMissingAsync(string catalog)
    {
        Harness.ExpectDiscovery(catalog);
        Harness.Expect(HttpMethod.Get, "/account/v1.0/quotas").Respond("application/json", Fixtures.QuotasResponse);

        await Client.GetQuotasAsync();
        var error = await Fails.With<NoEndpointsException>(() => Client.GetTokenAsync("authorization_code", "cid", "csec"));

        VerifyRequests();
        return error;
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
