using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>PUT /groups/{group_uuid}</c> (the slug cannot change).</summary>
public sealed record WazoGroupUpdate
{
    /// <summary>The new name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
}
