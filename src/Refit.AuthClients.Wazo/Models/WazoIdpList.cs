using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /idp</c>: the identity provider types users can be assigned.</summary>
public sealed record WazoIdpList
{
    /// <summary>The number of types.</summary>
    [JsonPropertyName("total")]
    public int Total { get; init; }

    /// <summary>The number of types matching the search.</summary>
    [JsonPropertyName("filtered")]
    public int? Filtered { get; init; }

    /// <summary>The type names (<c>native</c>, <c>ldap</c>, <c>saml</c>, <c>default</c>, ...).</summary>
    [JsonPropertyName("items")]
    [JsonConverter(typeof(StringOrTypeObjectListConverter))]
    public IReadOnlyList<string> Items { get; init; } = [];
}
