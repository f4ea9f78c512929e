using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The policy fields a caller may set on creation and update. Null fields are not sent.</summary>
public abstract record WazoPolicyFields
{
    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The accesses (ACL patterns) the policy grants.</summary>
    [JsonPropertyName("acl")]
    public IReadOnlyList<string>? Acl { get; init; }
}
