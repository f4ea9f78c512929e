using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /groups</c>.</summary>
public sealed record WazoGroupCreate
{
    /// <summary>The name (1 to 128 characters).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>A human-readable identifier (1 to 80 characters); generated from the name when null.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }
}
