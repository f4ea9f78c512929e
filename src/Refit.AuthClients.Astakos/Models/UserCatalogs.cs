using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>The body of a user-catalog lookup; a null list is not sent.</summary>
public sealed record UserCatalogsRequest
{
    /// <summary>UUIDs whose display names are wanted.</summary>
    [JsonPropertyName("uuids")]
    public IReadOnlyList<string>? Uuids { get; init; }

    /// <summary>Display names whose UUIDs are wanted.</summary>
    [JsonPropertyName("displaynames")]
    public IReadOnlyList<string>? DisplayNames { get; init; }
}

/// <summary>The answer of a user-catalog lookup; unknown UUIDs and names are absent.</summary>
public sealed record UserCatalogs
{
    /// <summary>UUID → display name.</summary>
    [JsonPropertyName("uuid_catalog")]
    public IReadOnlyDictionary<string, string>? UuidCatalog { get; init; }

    /// <summary>Display name → UUID.</summary>
    [JsonPropertyName("displayname_catalog")]
    public IReadOnlyDictionary<string, string>? DisplayNameCatalog { get; init; }
}
