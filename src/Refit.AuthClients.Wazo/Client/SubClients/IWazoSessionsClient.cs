using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Sessions (the reference client's <c>sessions</c> command).</summary>
public interface IWazoSessionsClient
{
    /// <summary><c>GET /sessions</c> (<c>sessions.list</c>): the sessions of the scoping tenant (sort column: <c>mobile</c>).</summary>
    /// <param name="query">List parameters (the server reads <c>recurse</c>, <c>order</c>, <c>direction</c>, <c>limit</c>, <c>offset</c>); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoSession>> ListAsync(WazoListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>Every session <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoSession> ListAllAsync(
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /sessions/{session_uuid}</c> (<c>sessions.delete</c>): ends a session (its tokens are revoked).</summary>
    /// <param name="sessionUuid">The session's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string sessionUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
