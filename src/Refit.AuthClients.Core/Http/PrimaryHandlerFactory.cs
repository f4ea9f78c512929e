using Refit.AuthClients.Options;

namespace Refit.AuthClients.Http;

/// <summary>
/// Builds the socket handler under every client: redirects off (a token must never follow a redirect to another
/// host), TLS verification on unless turned off explicitly, optionally against a custom CA bundle, and a cap on the
/// connections opened to the service.
/// </summary>
public static class PrimaryHandlerFactory
{
    /// <summary>Creates the primary handler for <paramref name="options"/>.</summary>
    public static SocketsHttpHandler Create(AuthClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
        };

        if (!options.VerifyCertificate)
        {
#pragma warning disable CA5359 // Turning verification off is the user's explicit choice (VerifyCertificate = false).
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (options.CaBundlePath is { } bundle)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = CaBundle.CreateValidator(CaBundle.Load(bundle));
        }

        return handler;
    }
}
