namespace Refit.AuthClients.AspNetCore;

/// <summary>Defaults of the wazo-auth authentication scheme.</summary>
public static class WazoAuthenticationDefaults
{
    /// <summary>The scheme's default name: <c>WazoAuth</c>.</summary>
    public const string AuthenticationScheme = "WazoAuth";
}
