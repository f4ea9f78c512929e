using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>A service registered with Astakos, as the UI lists it.</summary>
public sealed record AstakosService
{
    /// <summary>The service id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Id { get; init; }

    /// <summary>The service name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The service's URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The service's icon, if any.</summary>
    [JsonPropertyName("icon")]
    public string? Icon { get; init; }
}

/// <summary>A resource Astakos keeps quotas of.</summary>
public sealed record AstakosResource
{
    /// <summary>The service the resource belongs to.</summary>
    [JsonPropertyName("service")]
    public string? Service { get; init; }

    /// <summary>What the resource is.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The unit (e.g. <c>bytes</c>), null for a count.</summary>
    [JsonPropertyName("unit")]
    public string? Unit { get; init; }

    /// <summary>Whether the UI shows the resource.</summary>
    [JsonPropertyName("ui_visible")]
    public bool? UiVisible { get; init; }

    /// <summary>Whether the API shows the resource.</summary>
    [JsonPropertyName("api_visible")]
    public bool? ApiVisible { get; init; }

    /// <summary>Whether projects may grant the resource (older servers).</summary>
    [JsonPropertyName("allow_in_projects")]
    public bool? AllowInProjects { get; init; }
}

/// <summary>The body that sets the default project.</summary>
public sealed record DefaultProjectRequest
{
    /// <summary>The project UUID.</summary>
    [JsonPropertyName("project_id")]
    public required string ProjectId { get; init; }
}
