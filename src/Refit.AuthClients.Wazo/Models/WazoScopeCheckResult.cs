using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of a scope check: each requested scope and whether the token holds it.</summary>
public sealed record WazoScopeCheckResult
{
    /// <summary>Each scope mapped to whether the token is valid for it (duplicates collapse).</summary>
    [JsonPropertyName("scopes")]
    [JsonConverter(typeof(ScopeCheckMapConverter))]
    public IReadOnlyDictionary<string, bool> Scopes { get; init; } = new Dictionary<string, bool>();
}
