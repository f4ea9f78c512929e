using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A group of users sharing policies.</summary>
public sealed record WazoGroup : IJsonOnDeserialized
{
    /// <summary>The group's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The group's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>A human-readable identifier, unique within the tenant.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>Whether the group is managed by the system and cannot be changed.</summary>
    [JsonPropertyName("read_only")]
    public bool? ReadOnly { get; init; }

    /// <summary>Deprecated: use <see cref="ReadOnly"/>.</summary>
    [JsonPropertyName("system_managed")]
    public bool? SystemManaged { get; init; }

    /// <summary>Refuses a group answer without its <c>uuid</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(Uuid, "uuid", "group");
    }
}
