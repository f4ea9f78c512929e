using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The <c>metadata</c> of a token: what wazo-auth knows of its user. Keys added by plugins are kept.</summary>
public sealed record WazoTokenMetadata
{
    /// <summary>The user's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The user's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The identifier of the user in its backend.</summary>
    [JsonPropertyName("auth_id")]
    public string? AuthId { get; init; }

    /// <summary>The matching PBX user; null for <c>internal</c> and <c>external_api</c> users.</summary>
    [JsonPropertyName("pbx_user_uuid")]
    public string? PbxUserUuid { get; init; }

    /// <summary>The UUID of the Wazo stack.</summary>
    [JsonPropertyName("xivo_uuid")]
    public string? XivoUuid { get; init; }

    /// <summary>The user's purpose: <c>user</c>, <c>internal</c> or <c>external_api</c>.</summary>
    [JsonPropertyName("purpose")]
    public string? Purpose { get; init; }

    /// <summary>Whether the user is an administrator; present only when the server's admin-status plugin is enabled.</summary>
    [JsonPropertyName("admin")]
    public bool? Admin { get; init; }

    /// <summary>The metadata keys this type does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
