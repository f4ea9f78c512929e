namespace Refit.AuthClients.Wazo.Models;

/// <summary>The parameters of <c>GET /tenants</c> (sort columns: <c>name</c>, <c>slug</c>).</summary>
public sealed record WazoTenantListQuery : WazoListQuery
{
    /// <summary>Only the tenant with this UUID.</summary>
    [AliasAs("uuid")]
    public string? Uuid { get; init; }

    /// <summary>Only the tenants with these UUIDs (at most 25), sent as repeated <c>uuids</c> parameters.</summary>
    [AliasAs("uuids")]
    [Query(CollectionFormat.Multi)]
    public IReadOnlyList<string>? Uuids { get; init; }

    /// <summary>Only tenants with this name.</summary>
    [AliasAs("name")]
    public string? Name { get; init; }

    /// <summary>Only the tenant with this slug.</summary>
    [AliasAs("slug")]
    public string? Slug { get; init; }

    /// <summary>Only the tenant owning this domain name.</summary>
    [AliasAs("domain_name")]
    public string? DomainName { get; init; }
}
