using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>A service of the service catalog.</summary>
public sealed record ServiceCatalogEntry
{
    /// <summary>The service name, e.g. <c>astakos_account</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The service type, e.g. <c>account</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The service's endpoints.</summary>
    [JsonPropertyName("endpoints")]
    public IReadOnlyList<ServiceEndpoint>? Endpoints { get; init; }
}

/// <summary>An endpoint of a catalog service.</summary>
public sealed record ServiceEndpoint
{
    /// <summary>The API's URL.</summary>
    [JsonPropertyName("publicURL")]
    public string? PublicUrl { get; init; }

    /// <summary>The URL of the service's web UI.</summary>
    [JsonPropertyName("SNF:uiURL")]
    public string? UiUrl { get; init; }

    /// <summary>The API version, e.g. <c>v1.0</c>.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; init; }

    /// <summary>The region (Astakos always says <c>default</c>).</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>Fields not modelled above (e.g. <c>SNF:webloginURL</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
