using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// The refresh tokens of the scoping tenant (the reference client's <c>refresh_tokens</c> command). One user's are on
/// <see cref="IWazoTokenClient.ListAsync"/>.
/// </summary>
public interface IWazoRefreshTokensClient
{
    /// <summary><c>GET /tokens</c> (<c>refresh_tokens.list</c>): the refresh tokens of the scoping tenant.</summary>
    /// <param name="query">List parameters (order <c>created_at</c>, <c>client_id</c> or <c>mobile</c>) and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoRefreshToken>> ListAsync(
        WazoRefreshTokenListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every refresh token <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoRefreshToken> ListAllAsync(
        WazoRefreshTokenListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);
}
