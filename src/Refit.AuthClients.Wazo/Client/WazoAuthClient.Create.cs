using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo;

/// <summary>Building a client without a DI container of one's own, as the reference client is built.</summary>
public sealed partial class WazoAuthClient
{
    /// <summary>
    /// Creates a client from <paramref name="options"/>, with the same pipeline as the DI registration. Keep and reuse
    /// it: it owns its connections.
    /// </summary>
    /// <param name="options">The options; validated now, then read by the client (do not change them afterwards).</param>
    /// <param name="primaryHandler">The handler that sends requests (e.g. a test double); the SDK's own when null. The client never disposes it.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IWazoAuthClient Create(WazoAuthClientOptions options, HttpMessageHandler? primaryHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var services = new ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        // One handler for the client's whole life: none is rotated out, so none is ever disposed under the caller.
        var builder = services.AddWazoAuthClient().SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => primaryHandler);
        }

        // The provider lives as long as the client: it holds the pipeline.
        return services.BuildServiceProvider().GetRequiredService<IWazoAuthClient>();
    }
}
