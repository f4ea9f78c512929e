using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /policies</c>.</summary>
public sealed record WazoPolicyCreate : WazoPolicyFields
{
    /// <summary>A human-readable identifier, unique within the tenant; generated from the name when null. Cannot change later.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>Whether sub-tenants see the policy (read-only) as their own. Cannot change later.</summary>
    [JsonPropertyName("shared")]
    public bool? Shared { get; init; }
}
