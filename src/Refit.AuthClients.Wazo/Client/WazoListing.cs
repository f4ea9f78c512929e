using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// One list of the server (<c>GET</c> of a route answering <c>{"total", "filtered", "items"}</c>): a page of it, as the
/// server answers, or every item by pages.
/// </summary>
/// <param name="read">The Refit call reading one page with the query and the tenant header given.</param>
/// <param name="tenants">The client's tenant, used when a call names none.</param>
internal sealed class WazoListing<TQuery, T>(
    Func<TQuery?, string?, CancellationToken, Task<WazoList<T>>> read,
    WazoClientTenant tenants)
    where TQuery : WazoListQuery, new()
{
    public Task<WazoList<T>> Page(TQuery? query, string? tenant, CancellationToken cancellationToken) =>
        Read(query, tenants.Resolve(tenant), cancellationToken);

    public IAsyncEnumerable<T> All(TQuery? query, int pageSize, string? tenant, CancellationToken cancellationToken)
    {
        // Resolved once: a tenant set while the pages are read does not change the list half-way.
        var scope = tenants.Resolve(tenant);
        return WazoPaging.ReadAll(query, pageSize, (page, token) => Read(page, scope, token), cancellationToken);
    }

    // The envelope itself (total, items, no null item) is checked as it is read.
    private Task<WazoList<T>> Read(TQuery? query, string? tenant, CancellationToken cancellationToken) =>
        WazoAnswers.Required(() => read(query, tenant, cancellationToken));
}

/// <summary>Builds the lists found under a parent resource (a user's groups, a group's users, ...).</summary>
internal static class WazoListing
{
    /// <summary>The list under <paramref name="parentId"/>, which is checked now, before any request.</summary>
    public static WazoListing<TQuery, T> Under<TQuery, T>(
        string parentId,
        string paramName,
        Func<string, TQuery?, string?, CancellationToken, Task<WazoList<T>>> read,
        WazoClientTenant tenants)
        where TQuery : WazoListQuery, new()
    {
        WazoArguments.Text(parentId, paramName);
        return new((query, tenant, token) => read(parentId, query, tenant, token), tenants);
    }
}
