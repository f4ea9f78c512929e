using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /saml/logout</c>.</summary>
public sealed record WazoSamlLogoutResult
{
    /// <summary>The identity provider URL the browser must open to log out (read case-insensitively).</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }
}
