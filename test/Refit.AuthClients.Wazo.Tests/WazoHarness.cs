using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo.Tests;

/// <summary>The wazo-auth client registered as users register it, over a MockHttp primary handler.</summary>
internal sealed class WazoHarness : IDisposable
{
    public const string Host = "wazo.example.com";
    public const string BaseUrl = "https://wazo.example.com/api/auth/0.1";
    public const string ClientToken = "3d95d849-94e5-4c72-8ff8-93b597e6acf6";

    public WazoHarness(Action<WazoAuthClientOptions>? configure = null)
    {
        Mock.Fallback.Respond(DescribeUnmatched);
        var services = new ServiceCollection();
        services.AddWazoAuthClient(o =>
            {
                o.Host = Host;
                o.Token = ClientToken;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                configure?.Invoke(o);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);
        Provider = services.BuildServiceProvider(validateScopes: true);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public ServiceProvider Provider { get; }

    public T Api<T>()
        where T : class => Provider.GetRequiredService<T>();

    /// <summary>Expects one request to <see cref="BaseUrl"/> + <paramref name="path"/>.</summary>
    public MockedRequest Expect(HttpMethod method, string path) => Mock.Expect(method, BaseUrl + path);

    public void Dispose()
    {
        Provider.Dispose();
        Mock.Dispose();
    }

    // An unmatched request answers an error whose message shows what was actually sent.
    private static HttpResponseMessage DescribeUnmatched(HttpRequestMessage request)
    {
        var text = new StringBuilder("No expectation matched ").Append(request.Method).Append(' ').Append(request.RequestUri);
        foreach (var header in request.Headers)
        {
            text.Append(" | ").Append(header.Key).Append(": ").Append(string.Join(",", header.Value));
        }

        if (request.Content is not null)
        {
            text.Append(" | Content-Type: ").Append(request.Content.Headers.ContentType)
                .Append(" | body: ").Append(request.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        }

        var message = System.Text.Json.JsonSerializer.Serialize(text.ToString(), TestJsonContext.Default.String);
        return new HttpResponseMessage(HttpStatusCode.NotImplemented)
        {
            Content = new StringContent($"{{\"message\": {message}}}", Encoding.UTF8, "application/json"),
        };
    }
}
