using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoRefreshTokensClient(IWazoRefreshTokenApi api, WazoClientTenant tenants) : IWazoRefreshTokensClient
{
    private readonly WazoListing<WazoRefreshTokenListQuery, WazoRefreshToken> _tokens = new(api.ListAsync, tenants);

    public Task<WazoList<WazoRefreshToken>> ListAsync(
        WazoRefreshTokenListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _tokens.Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoRefreshToken> ListAllAsync(
        WazoRefreshTokenListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _tokens.All(query, pageSize, tenant, cancellationToken);
}
