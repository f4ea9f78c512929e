namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The list parameters every wazo-auth list accepts. Null values are not sent. Resource-specific queries derive
/// from this one and add their exact-match filters.
/// </summary>
public record WazoListQuery
{
    /// <summary>A substring matched against the resource's searchable fields.</summary>
    [AliasAs("search")]
    public string? Search { get; init; }

    /// <summary>The field to sort on; must be one of the resource's sort columns, else the server answers 400.</summary>
    [AliasAs("order")]
    public string? Order { get; init; }

    /// <summary>The sort order.</summary>
    [AliasAs("direction")]
    public WazoSortDirection? Direction { get; init; }

    /// <summary>The most items to return (0 or more); all when null.</summary>
    [AliasAs("limit")]
    public int? Limit { get; init; }

    /// <summary>How many items to skip (0 or more).</summary>
    [AliasAs("offset")]
    public int? Offset { get; init; }

    /// <summary>Whether to include the sub-tenants of the scoping tenant, where the resource is tenant-scoped.</summary>
    [AliasAs("recurse")]
    public bool? Recurse { get; init; }
}
