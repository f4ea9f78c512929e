using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Sessions (<c>/sessions</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoSessionApi
{
    /// <summary><c>GET /sessions</c>: the sessions of the scoping tenant (sort column: <c>mobile</c>).</summary>
    /// <param name="query">List parameters (the server reads <c>recurse</c>, <c>order</c>, <c>direction</c>, <c>limit</c>, <c>offset</c>); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/sessions")]
    Task<WazoList<WazoSession>> ListAsync(
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /sessions/{session_uuid}</c>: ends a session (its tokens are revoked).</summary>
    /// <param name="sessionUuid">The session's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/sessions/{session_uuid}")]
    Task DeleteAsync(
        [AliasAs("session_uuid")] string sessionUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
