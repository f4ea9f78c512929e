using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// Tenants, their domains and their parent (the reference client's <c>tenants</c> command). The reference's
/// <c>add_policy</c>/<c>remove_policy</c> are left out: the server removed their route.
/// </summary>
public interface IWazoTenantsClient
{
    /// <summary><c>GET /tenants</c> (<c>tenants.list</c>): the scoping tenant and its sub-tenants.</summary>
    /// <param name="query">List parameters (order <c>name</c> or <c>slug</c>) and filters (<c>uuids</c> up to 25, <c>name</c>, <c>domain_name</c>, ...); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoTenant>> ListAsync(WazoTenantListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>Every tenant <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoTenant> ListAllAsync(
        WazoTenantListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /tenants</c> (<c>tenants.new</c>): creates a sub-tenant of the scoping tenant. The reference's
    /// <c>parent_uuid</c> is <paramref name="tenant"/>: the server makes the new tenant a child of the scoping tenant.
    /// </summary>
    /// <param name="newTenant">The tenant's fields (name, slug, contact, phone, domain names, address, ...).</param>
    /// <param name="tenant">The parent of the new tenant (<c>Wazo-Tenant</c>) for this call only; the client's tenant (else the token's) when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tenant.</returns>
    Task<WazoTenant> CreateAsync(WazoTenantCreate newTenant, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /tenants/{tenant_uuid}</c> (<c>tenants.get</c>): a tenant.</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tenant.</returns>
    Task<WazoTenant> GetAsync(string tenantUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /tenants/{tenant_uuid}</c> (<c>tenants.edit</c>): updates a tenant.</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="update">The new fields.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated tenant.</returns>
    Task<WazoTenant> UpdateAsync(string tenantUuid, WazoTenantUpdate update, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /tenants/{tenant_uuid}</c> (<c>tenants.delete</c>): deletes a tenant (403 for the scoping tenant itself,
    /// 400 when it has sub-tenants).
    /// </summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string tenantUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /tenants/{tenant_uuid}/domains</c> (<c>tenants.get_domains</c>): a tenant's domain names with their UUIDs (not paginated; no <c>filtered</c>).</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoTenantDomain>> GetDomainsAsync(string tenantUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /tenants/{tenant_uuid}/parent/{parent_tenant_uuid}</c>: moves a tenant under another parent (404 for an
    /// unknown tenant, 409 when the new parent is a descendant). The server has it since 26.03; the reference client
    /// at the documented version does not.
    /// </summary>
    /// <param name="tenantUuid">The tenant to move.</param>
    /// <param name="parentUuid">The new parent.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task UpdateParentAsync(string tenantUuid, string parentUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
