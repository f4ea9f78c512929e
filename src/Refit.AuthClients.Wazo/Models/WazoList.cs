using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The envelope of a wazo-auth list: the items of the requested page and the counts. An answer without
/// <c>total</c> or <c>items</c>, or with a null item, is refused as an invalid response.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record WazoList<T> : IJsonOnDeserialized
{
    /// <summary>The number of items in scope, before the search and filters; an answer without it is refused.</summary>
    [JsonPropertyName("total")]
    [JsonRequired]
    public int Total { get; init; }

    /// <summary>The number of items matching the search and filters; absent from some lists (policies, domains).</summary>
    [JsonPropertyName("filtered")]
    public int? Filtered { get; init; }

    /// <summary>The items of the requested page.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<T> Items { get; init; } = [];

    /// <summary>Refuses an envelope without <c>items</c>, or with a null item.</summary>
    void IJsonOnDeserialized.OnDeserialized() => WazoAnswerRules.RequireItems(Items, "items", "list");
}
