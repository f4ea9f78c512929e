using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.DependencyInjection;

/// <summary>What the shared plumbing needs to know of wazo-auth.</summary>
internal static class WazoAuthService
{
    /// <summary>The name of the HTTP client, and the key of the client's keyed services.</summary>
    public const string Name = "WazoAuth";

    /// <summary>The service description, built once.</summary>
    public static AuthServiceDescription Description { get; } = new(
        Name,
        new WazoAuthErrorMapper(),
        WazoJsonContext.Default,
        // The server (and its spec) read booleans in queries as lowercase words.
        configureRefitSettings: settings => settings.UrlParameterFormatter = new WazoUrlParameterFormatter());
}
