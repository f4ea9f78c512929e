using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.Astakos;

/// <summary>Building a client without a DI container of one's own.</summary>
public sealed partial class AstakosClient
{
    /// <summary>
    /// Creates a client from <paramref name="options"/>, with the same pipeline as the DI registration. Keep and reuse
    /// the client: it owns its connections and its service catalog.
    /// </summary>
    /// <param name="options">The options; validated now.</param>
    /// <param name="primaryHandler">The handler that sends requests (e.g. a test double); the SDK's own when null. It is never disposed by the client.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IAstakosClient Create(AstakosClientOptions options, HttpMessageHandler? primaryHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var services = new ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        var builder = services.AddAstakosClient(_ => { })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(primaryHandler));
        }

        // The provider lives as long as the client: it holds the pipeline and the catalog cache.
        return services.BuildServiceProvider().GetRequiredService<IAstakosClient>();
    }

    /// <summary>Lends a caller's handler to the pipeline without letting the pipeline dispose it.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _inner = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _inner.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
