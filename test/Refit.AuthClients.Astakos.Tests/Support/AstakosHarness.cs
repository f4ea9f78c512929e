using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.Astakos.Tests;

/// <summary>The Astakos client registered through DI exactly as users do, over a MockHttp primary handler.</summary>
internal sealed class AstakosHarness : IDisposable
{
    public const string Host = "https://accounts.example.synnefo.org";
    public const string AuthUrl = Host + "/identity/v2.0";
    public const string Token = "user-token";

    // The prefixes of the discovery fixture (its host, example.org, must be ignored).
    public const string Identity = "/identity/v2.0";
    public const string Account = "/account_prefix";
    public const string Ui = "/ui_prefix";
    public const string OAuth2 = "/oauth2";

    public AstakosHarness(Action<AstakosClientOptions>? configure = null)
    {
        Mock.Fallback.Respond(request => throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}"));
        var services = new ServiceCollection();
        services.AddAstakosClient(options =>
            {
                options.AuthUrl = new Uri(AuthUrl);
                options.Token = Token;
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                configure?.Invoke(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);
        Provider = services.BuildServiceProvider(validateScopes: true);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public ServiceProvider Provider { get; }

    public IAstakosClient Client => Provider.GetRequiredService<IAstakosClient>();

    /// <summary>Expects the public-mode discovery call and answers it with <paramref name="catalog"/>.</summary>
    public MockedRequest ExpectDiscovery(string catalog = Fixtures.DiscoveryFixture) =>
        Mock.Expect(HttpMethod.Post, Host + Identity + "/tokens")
            .WithHeaders("X-Auth-Token", Token)
            .WithContentType("application/json")
            .WithEmptyContent()
            .Respond("application/json", catalog);

    /// <summary>Expects a request to <paramref name="path"/> on the configured host, carrying <paramref name="token"/>.</summary>
    public MockedRequest Expect(HttpMethod method, string path, string token = Token) =>
        Mock.Expect(method, Host + path).WithHeaders("X-Auth-Token", token);

    public void Dispose()
    {
        Provider.Dispose();
        Mock.Dispose();
    }
}
