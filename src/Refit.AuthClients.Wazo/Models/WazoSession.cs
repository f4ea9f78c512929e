using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A login session, to which access tokens belong.</summary>
public sealed record WazoSession
{
    /// <summary>The session's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The user; null when the session's auth id is not a user UUID.</summary>
    [JsonPropertyName("user_uuid")]
    public string? UserUuid { get; init; }

    /// <summary>The session's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>Whether the session was opened with <c>Wazo-Session-Type: mobile</c>.</summary>
    [JsonPropertyName("mobile")]
    public bool? Mobile { get; init; }
}
