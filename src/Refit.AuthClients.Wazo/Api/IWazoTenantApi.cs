using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Tenants (<c>/tenants</c>), their domains and their parent.</summary>
[Headers("Accept: application/json")]
public interface IWazoTenantApi
{
    /// <summary><c>GET /tenants</c>: the scoping tenant and its sub-tenants.</summary>
    /// <param name="query">List parameters and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/tenants")]
    Task<WazoList<WazoTenant>> ListAsync(
        [Query] WazoTenantListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /tenants</c>: creates a sub-tenant of the scoping tenant.</summary>
    /// <param name="newTenant">The tenant's fields.</param>
    /// <param name="tenant">The parent of the new tenant (<c>Wazo-Tenant</c>); the token's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/tenants")]
    Task<WazoTenant> CreateAsync(
        [Body] WazoTenantCreate newTenant,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /tenants/{tenant_uuid}</c>: a tenant.</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/tenants/{tenant_uuid}")]
    Task<WazoTenant> GetAsync(
        [AliasAs("tenant_uuid")] string tenantUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /tenants/{tenant_uuid}</c>: updates a tenant.</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="update">The new fields.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/tenants/{tenant_uuid}")]
    Task<WazoTenant> UpdateAsync(
        [AliasAs("tenant_uuid")] string tenantUuid,
        [Body] WazoTenantUpdate update,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /tenants/{tenant_uuid}</c>: deletes a tenant (403 for the scoping tenant itself, 400 when it has sub-tenants).</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/tenants/{tenant_uuid}")]
    Task DeleteAsync(
        [AliasAs("tenant_uuid")] string tenantUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /tenants/{tenant_uuid}/domains</c>: a tenant's domain names with their UUIDs (not paginated; no <c>filtered</c>).</summary>
    /// <param name="tenantUuid">The tenant's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/tenants/{tenant_uuid}/domains")]
    Task<WazoList<WazoTenantDomain>> ListDomainsAsync(
        [AliasAs("tenant_uuid")] string tenantUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /tenants/{tenant_uuid}/parent/{parent_tenant_uuid}</c>: moves a tenant under another parent (409 when the parent is a descendant).</summary>
    /// <param name="tenantUuid">The tenant to move.</param>
    /// <param name="parentTenantUuid">The new parent.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/tenants/{tenant_uuid}/parent/{parent_tenant_uuid}")]
    Task UpdateParentAsync(
        [AliasAs("tenant_uuid")] string tenantUuid,
        [AliasAs("parent_tenant_uuid")] string parentTenantUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
