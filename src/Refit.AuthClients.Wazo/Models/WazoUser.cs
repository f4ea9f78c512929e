using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A wazo-auth user (never with its password): its settable fields, and what the server adds.</summary>
public sealed record WazoUser : WazoUserFields
{
    /// <summary>The user's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The user's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The user's e-mail addresses.</summary>
    [JsonPropertyName("emails")]
    public IReadOnlyList<WazoUserEmail> Emails { get; init; } = [];
}
