using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class DependencyInjectionTests
{
    [Test]
    public async Task TheConfigurationOverloadBindsTheOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Astakos:AuthUrl"] = AstakosHarness.AuthUrl,
            ["Astakos:Token"] = "configured-token",
            ["Astakos:Retry"] = "1",
            ["Astakos:Headers:X-Client"] = "billing",
        }).Build();
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens")
            .WithHeaders("X-Auth-Token", "configured-token")
            .WithHeaders("X-Client", "billing")
            .WithJson("""{"auth": {"token": {"id": "configured-token"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);
        var services = new ServiceCollection();
        services.AddAstakosClient(configuration.GetSection("Astakos")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAstakosClient>().AuthenticateAsync();

        mock.VerifyNoOutstandingExpectation();
        Assert.That(provider.GetRequiredService<IOptions<AstakosClientOptions>>().Value.Retry, Is.EqualTo(1));
    }

    [Test]
    public void EveryRefitInterfaceIsRegistered()
    {
        var services = new ServiceCollection();
        services.AddAstakosClient(o => o.AuthUrl = new Uri(AstakosHarness.AuthUrl));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetService<IAstakosIdentityApi>(), Is.Not.Null);
        Assert.That(provider.GetService<IAstakosAccountApi>(), Is.Not.Null);
        Assert.That(provider.GetService<IAstakosUiApi>(), Is.Not.Null);
        Assert.That(provider.GetService<IAstakosOAuth2Api>(), Is.Not.Null);
        Assert.That(provider.GetService<IAstakosClient>(), Is.InstanceOf<AstakosClient>());
    }

    [TestCase(null, "AuthUrl is required")]
    [TestCase("ftp://example.com", "unsupported scheme: 'ftp'")]
    [TestCase("example.org/identity/v2.0", "unsupported scheme: ''")]
    public void InvalidOptionsFailAtStart(string? authUrl, string problem)
    {
        var services = new ServiceCollection();
        services.AddAstakosClient(o => o.AuthUrl = authUrl is null ? null : new Uri(authUrl, UriKind.RelativeOrAbsolute));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Message, Does.Contain(problem));
    }

    [Test]
    public async Task ATokenSourceSuppliesTheTokenOfEveryCall()
    {
        var source = new MutableTokenSource("first");
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens")
            .WithHeaders("X-Auth-Token", "first").WithJson("""{"auth": {"token": {"id": "first"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);
        mock.Expect(HttpMethod.Get, AstakosHarness.Host + "/account/v1.0/quotas")
            .WithHeaders("X-Auth-Token", "second")
            .Respond("application/json", Fixtures.QuotasResponse);
        var services = new ServiceCollection();
        services.AddAstakosClient(o => o.AuthUrl = new Uri(AstakosHarness.AuthUrl), _ => source)
            .ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAstakosClient>();

        await client.AuthenticateAsync();
        source.Set("second");
        await client.GetQuotasAsync();

        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateBuildsAClientWithoutAContainer()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, AstakosHarness.Host + AstakosHarness.Identity + "/tokens/tok123")
            .WithHeaders("X-Auth-Token", AstakosHarness.Token)
            .Respond("application/json", Fixtures.ValidateTokenResponse);
        var options = new AstakosClientOptions { AuthUrl = new Uri(AstakosHarness.AuthUrl), Token = AstakosHarness.Token };

        var access = await AstakosClient.Create(options, mock).ValidateTokenAsync("tok123");

        mock.VerifyNoOutstandingExpectation();
        Assert.That(access.Token!.Id, Is.EqualTo("2YotnFZFEjr1zCsicMWpAA"));
    }

    [Test]
    public void CreateValidatesTheOptions() =>
        Assert.That(() => AstakosClient.Create(new AstakosClientOptions()), Throws.ArgumentException.With.Message.Contains("AuthUrl is required"));
}

public sealed class OptionsTests
{
    [TestCase("X-Auth-Token")]
    [TestCase("content-type")]
    [TestCase("User-Agent")]
    public void HeadersCannotSetWhatOptionsOrCallsSet(string name)
    {
        var options = new AstakosClientOptions { AuthUrl = new Uri(AstakosHarness.AuthUrl) };
        options.Headers[name] = "x";
        var errors = new List<string>();

        options.Validate(errors);

        Assert.That(errors, Has.One.Contains(name));
    }

    [Test]
    public void ValidOptionsHaveNoProblem()
    {
        var options = new AstakosClientOptions { AuthUrl = new Uri("http://localhost:8080/identity/v2.0"), Token = "secret" };
        options.Headers["X-Client"] = "billing";
        var errors = new List<string>();

        options.Validate(errors);

        Assert.That(errors, Is.Empty);
        Assert.That(options.ToString(), Does.Not.Contain("secret"));
    }
}
