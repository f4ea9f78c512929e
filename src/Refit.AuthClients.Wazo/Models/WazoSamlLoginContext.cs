using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /saml/sso</c>.</summary>
public sealed record WazoSamlLoginContext
{
    /// <summary>Where the browser goes once the login is processed.</summary>
    [JsonPropertyName("redirect_url")]
    public required string RedirectUrl { get; init; }

    /// <summary>The domain name of the tenant to log in to.</summary>
    [JsonPropertyName("domain")]
    public required string Domain { get; init; }
}
