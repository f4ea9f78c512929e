using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /backends</c>.</summary>
public sealed record WazoBackendList
{
    /// <summary>The names of the enabled authentication backends.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<string> Data { get; init; } = [];
}
