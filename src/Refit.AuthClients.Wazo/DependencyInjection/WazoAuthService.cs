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
    public static AuthServiceDescription Description { get; } = CreateDescription();

    private static AuthServiceDescription CreateDescription()
    {
        var description = new AuthServiceDescription(Name, new WazoAuthErrorMapper(), WazoJsonContext.Default);
        // The description builds Refit's settings with no hook for URL formatting; booleans must go out lowercase.
        description.RefitSettings.UrlParameterFormatter = new WazoUrlParameterFormatter();
        return description;
    }
}
