using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A domain name of a tenant.</summary>
public sealed record WazoTenantDomain
{
    /// <summary>The domain name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The domain's UUID (used by the SAML configuration).</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }
}
