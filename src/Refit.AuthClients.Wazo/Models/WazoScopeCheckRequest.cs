using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /token/{token}/scopes/check</c>.</summary>
public sealed record WazoScopeCheckRequest
{
    /// <summary>The scopes (ACL accesses) to check the token against.</summary>
    [JsonPropertyName("scopes")]
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>A tenant the token must also be allowed to act on; not sent when null.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }
}
