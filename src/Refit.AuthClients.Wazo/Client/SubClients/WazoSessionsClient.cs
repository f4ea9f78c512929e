using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoSessionsClient(IWazoSessionApi api, WazoClientTenant tenants) : IWazoSessionsClient
{
    private readonly WazoListing<WazoListQuery, WazoSession> _sessions = new(api.ListAsync, tenants);

    public Task<WazoList<WazoSession>> ListAsync(WazoListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        _sessions.Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoSession> ListAllAsync(
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _sessions.All(query, pageSize, tenant, cancellationToken);

    public Task DeleteAsync(string sessionUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(WazoArguments.Text(sessionUuid, nameof(sessionUuid)), tenants.Resolve(tenant), cancellationToken);
}
