using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoTenantsClient(IWazoTenantApi api, WazoClientTenant tenants) : IWazoTenantsClient
{
    private readonly WazoListing<WazoTenantListQuery, WazoTenant> _tenants = new(api.ListAsync, tenants);

    public Task<WazoList<WazoTenant>> ListAsync(WazoTenantListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        _tenants.Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoTenant> ListAllAsync(
        WazoTenantListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _tenants.All(query, pageSize, tenant, cancellationToken);

    public Task<WazoTenant> CreateAsync(WazoTenantCreate newTenant, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.CreateAsync(WazoArguments.Required(newTenant, nameof(newTenant)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoTenant> GetAsync(string tenantUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.GetAsync(WazoArguments.Text(tenantUuid, nameof(tenantUuid)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoTenant> UpdateAsync(string tenantUuid, WazoTenantUpdate update, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.UpdateAsync(
                WazoArguments.Text(tenantUuid, nameof(tenantUuid)),
                WazoArguments.Required(update, nameof(update)),
                tenants.Resolve(tenant),
                cancellationToken));

    public Task DeleteAsync(string tenantUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(WazoArguments.Text(tenantUuid, nameof(tenantUuid)), tenants.Resolve(tenant), cancellationToken);

    public Task<WazoList<WazoTenantDomain>> GetDomainsAsync(string tenantUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.ListDomainsAsync(WazoArguments.Text(tenantUuid, nameof(tenantUuid)), tenants.Resolve(tenant), cancellationToken));

    public Task UpdateParentAsync(string tenantUuid, string parentUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.UpdateParentAsync(
            WazoArguments.Text(tenantUuid, nameof(tenantUuid)),
            WazoArguments.Text(parentUuid, nameof(parentUuid)),
            tenants.Resolve(tenant),
            cancellationToken);
}
