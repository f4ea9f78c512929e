using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>An ACL policy: a named set of accesses that users and groups hold.</summary>
public sealed record WazoPolicy : IJsonOnDeserialized
{
    /// <summary>The policy's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The policy's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>A human-readable identifier, unique within the tenant.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>The description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The accesses (ACL patterns) the policy grants; empty, never null, when the answer has none.</summary>
    [JsonPropertyName("acl")]
    public IReadOnlyList<string> Acl { get; init => field = value ?? []; } = [];

    /// <summary>Whether the policy cannot be changed (system policies, and shared policies seen from sub-tenants).</summary>
    [JsonPropertyName("read_only")]
    public bool? ReadOnly { get; init; }

    /// <summary>Whether the policy is shared with the sub-tenants.</summary>
    [JsonPropertyName("shared")]
    public bool? Shared { get; init; }

    /// <summary>Refuses a policy answer without its <c>uuid</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(Uuid, "uuid", "policy");
    }
}
