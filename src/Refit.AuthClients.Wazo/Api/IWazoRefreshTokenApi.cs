using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Refresh tokens: all of them (<c>/tokens</c>) and a user's (<c>/users/{user_uuid_or_me}/tokens</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoRefreshTokenApi
{
    /// <summary><c>GET /tokens</c>: the refresh tokens of the scoping tenant.</summary>
    /// <param name="query">List parameters and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/tokens")]
    Task<WazoList<WazoRefreshToken>> ListAsync(
        [Query] WazoRefreshTokenListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid_or_me}/tokens</c>: a user's refresh tokens.</summary>
    /// <param name="userUuid">The user's UUID, or <c>me</c> for the token's own user.</param>
    /// <param name="query">List parameters and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid_or_me}/tokens")]
    Task<WazoList<WazoRefreshToken>> ListForUserAsync(
        [AliasAs("user_uuid_or_me")] string userUuid,
        [Query] WazoRefreshTokenListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid_or_me}/tokens/{client_id}</c>: deletes a user's refresh token (issued tokens stay valid).</summary>
    /// <param name="userUuid">The user's UUID, or <c>me</c> for the token's own user.</param>
    /// <param name="clientId">The application the refresh token was created for.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid_or_me}/tokens/{client_id}")]
    Task DeleteForUserAsync(
        [AliasAs("user_uuid_or_me")] string userUuid,
        [AliasAs("client_id")] string clientId,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
