using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The envelope of a wazo-auth list: the items of the requested page and the counts.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record WazoList<T>
{
    /// <summary>The number of items in scope, before the search and filters.</summary>
    [JsonPropertyName("total")]
    public int Total { get; init; }

    /// <summary>The number of items matching the search and filters; absent from some lists (policies, domains).</summary>
    [JsonPropertyName("filtered")]
    public int? Filtered { get; init; }

    /// <summary>The items of the requested page.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<T> Items { get; init; } = [];
}
