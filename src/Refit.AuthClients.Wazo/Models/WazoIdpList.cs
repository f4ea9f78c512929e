using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /idp</c>: the identity provider types users can be assigned.</summary>
public sealed record WazoIdpList : IJsonOnDeserialized
{
    /// <summary>The number of types; an answer without it is refused.</summary>
    [JsonPropertyName("total")]
    [JsonRequired]
    public int Total { get; init; }

    /// <summary>The number of types matching the search.</summary>
    [JsonPropertyName("filtered")]
    public int? Filtered { get; init; }

    /// <summary>The type names (<c>native</c>, <c>ldap</c>, <c>saml</c>, <c>default</c>, ...).</summary>
    [JsonPropertyName("items")]
    [JsonConverter(typeof(StringOrTypeObjectListConverter))]
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Refuses an answer without <c>items</c> (a null item is refused as it is read).</summary>
    void IJsonOnDeserialized.OnDeserialized() => WazoAnswerRules.RequireItems(Items, "items", "identity provider list");
}
