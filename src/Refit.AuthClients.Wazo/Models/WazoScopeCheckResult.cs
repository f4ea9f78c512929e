using System.Text.Json;
using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of a scope check: each requested scope and whether the token holds it.</summary>
public sealed record WazoScopeCheckResult : IJsonOnDeserialized
{
    /// <summary>Each scope mapped to whether the token is valid for it (duplicates collapse).</summary>
    [JsonPropertyName("scopes")]
    [JsonConverter(typeof(ScopeCheckMapConverter))]
    public IReadOnlyDictionary<string, bool> Scopes { get; init; } = new Dictionary<string, bool>();

    /// <summary>Refuses an answer without its <c>scopes</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Scopes is null)
        {
            throw new JsonException("The scope check has no 'scopes'.");
        }
    }
}
