using System.Text.Json;
using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A refresh token as listed (the token value itself is never listed).</summary>
public sealed record WazoRefreshToken
{
    /// <summary>The application the refresh token was created for.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>When it was created (ISO 8601, with or without offset).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    /// <summary>Whether it was created by a mobile session.</summary>
    [JsonPropertyName("mobile")]
    public bool? Mobile { get; init; }

    /// <summary>The user who created it.</summary>
    [JsonPropertyName("user_uuid")]
    public string? UserUuid { get; init; }

    /// <summary>That user's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The persistent metadata tied to the refresh token.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }

    /// <summary>The instant of <see cref="CreatedAt"/> (read as UTC when it has no offset); null when unparsable.</summary>
    [JsonIgnore]
    public DateTimeOffset? CreatedAtInstant => WazoTimestamps.ParseUtc(CreatedAt);
}
