using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// Token creation, checks and revocation, and a user's refresh tokens (the reference client's <c>token</c> command).
/// The calls on <c>/token</c> need no client token.
/// </summary>
public interface IWazoTokenClient
{
    /// <summary>
    /// <c>POST /token</c> (<c>token.new</c>): creates a token. The body holds only the fields given. Credentials go in
    /// HTTP basic auth: each of <paramref name="username"/> and <paramref name="password"/> is the argument, else the
    /// client's option; with a <paramref name="refreshToken"/> or a <paramref name="samlSessionId"/> empty credentials
    /// (<c>Basic Og==</c>) are sent instead, and passing credentials is refused.
    /// </summary>
    /// <param name="backend">The backend (ignored by servers since 24.08); not sent when null.</param>
    /// <param name="expiration">The token's lifetime in seconds (1 to 315360000); the server's default (7200) when null.</param>
    /// <param name="sessionType"><c>mobile</c> or <c>desktop</c>, sent as <c>Wazo-Session-Type</c>; not sent when null.</param>
    /// <param name="accessType"><c>online</c> (the default) or <c>offline</c>, which also issues a refresh token and requires <paramref name="clientId"/>.</param>
    /// <param name="clientId">The application asking: required with <c>offline</c> and with <paramref name="refreshToken"/>.</param>
    /// <param name="refreshToken">Creates the token from this refresh token instead of credentials.</param>
    /// <param name="username">The login; <see cref="Options.WazoAuthClientOptions.Username"/> when null.</param>
    /// <param name="password">The password; <see cref="Options.WazoAuthClientOptions.Password"/> when null.</param>
    /// <param name="tenantId">The tenant of the login (deprecated by the server); exclusive with <paramref name="domainName"/>.</param>
    /// <param name="domainName">A domain of the tenant, selecting its LDAP configuration; exclusive with <paramref name="tenantId"/>.</param>
    /// <param name="samlSessionId">Creates the token from this SAML login (<see cref="IWazoSamlClient.SsoAsync"/>) instead of credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's data; <see cref="WazoToken.RefreshToken"/> is set when one was asked for.</returns>
    /// <exception cref="ArgumentException">No credentials are available, or the arguments contradict each other.</exception>
    Task<WazoToken> CreateAsync(
        string? backend = null,
        int? expiration = null,
        string? sessionType = null,
        string? accessType = null,
        string? clientId = null,
        string? refreshToken = null,
        string? username = null,
        string? password = null,
        string? tenantId = null,
        string? domainName = null,
        string? samlSessionId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /token</c>: creates a token from a request built beforehand; the same rules as the other overload apply.
    /// </summary>
    /// <param name="request">The body's fields; only those set are sent.</param>
    /// <param name="username">The login; <see cref="Options.WazoAuthClientOptions.Username"/> when null.</param>
    /// <param name="password">The password; <see cref="Options.WazoAuthClientOptions.Password"/> when null.</param>
    /// <param name="sessionType"><c>mobile</c> or <c>desktop</c>, sent as <c>Wazo-Session-Type</c>; not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's data.</returns>
    /// <exception cref="ArgumentException">No credentials are available, or the fields contradict each other.</exception>
    Task<WazoToken> CreateAsync(
        WazoTokenRequest request,
        string? username = null,
        string? password = null,
        string? sessionType = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /token/{token}?scope=&amp;tenant=</c> (<c>token.get</c>): a token's data, if it is valid for the access and tenant given.</summary>
    /// <param name="token">The token to read.</param>
    /// <param name="requiredAcl">An access the token must hold (<c>scope</c>); not checked when null.</param>
    /// <param name="tenant">A tenant the token must be allowed to act on (<c>tenant</c> query parameter); not checked when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's data.</returns>
    /// <exception cref="Errors.WazoAuthNotFoundException">The token is unknown or expired.</exception>
    /// <exception cref="Errors.WazoAuthForbiddenException">The token lacks the access or may not act on the tenant.</exception>
    Task<WazoToken> GetAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>HEAD /token/{token}?scope=&amp;tenant=</c> (<c>token.is_valid</c>): whether a token is valid for the access and
    /// tenant given. Any 2xx is true; 403 and 404 are false, never an exception; any other status is an exception.
    /// </summary>
    /// <param name="token">The token to check.</param>
    /// <param name="requiredAcl">An access the token must hold (<c>scope</c>); not checked when null.</param>
    /// <param name="tenant">A tenant the token must be allowed to act on (<c>tenant</c> query parameter); not checked when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the token is valid, else false.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="token"/> is null, empty or blank: that is a mistake of the caller, not a token, and is refused
    /// before any request (an empty path segment would not even reach the token route).
    /// </exception>
    Task<bool> IsValidAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>HEAD /token/{token}?scope=&amp;tenant=</c> (<c>token.check</c>): the same check as <see cref="IsValidAsync"/>,
    /// reporting a refusal as an exception.
    /// </summary>
    /// <param name="token">The token to check.</param>
    /// <param name="requiredAcl">An access the token must hold (<c>scope</c>); not checked when null.</param>
    /// <param name="tenant">A tenant the token must be allowed to act on (<c>tenant</c> query parameter); not checked when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True (any 2xx).</returns>
    /// <exception cref="Errors.InvalidTokenException">The token is unknown or expired (404).</exception>
    /// <exception cref="Errors.MissingPermissionsTokenException">The token lacks the access or may not act on the tenant (403).</exception>
    Task<bool> CheckAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /token/{token}/scopes/check</c> (<c>token.check_scopes</c>): which of the scopes the token holds.</summary>
    /// <param name="token">The token to check.</param>
    /// <param name="scopes">The scopes (accesses) to check; at least one.</param>
    /// <param name="tenant">A tenant the token must be allowed to act on (body's <c>tenant_uuid</c>); not checked when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each scope asked for, mapped to whether the token holds it.</returns>
    Task<IReadOnlyDictionary<string, bool>> CheckScopesAsync(
        string token,
        IEnumerable<string> scopes,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /token/{token}</c> (<c>token.revoke</c>): revokes a token. A 404 (only a non-UUID token gets one:
    /// nothing to revoke) counts as done; any other error status is an exception.
    /// </summary>
    /// <param name="token">The token to revoke.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RevokeAsync(string token, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/tokens</c> (<c>token.list</c>): a user's refresh tokens.</summary>
    /// <param name="userUuid">The user's UUID, or <c>me</c> for the token's own user.</param>
    /// <param name="query">List parameters (order <c>created_at</c>, <c>client_id</c> or <c>mobile</c>) and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoRefreshToken>> ListAsync(
        string userUuid,
        WazoRefreshTokenListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every refresh token <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="userUuid">The user's UUID, or <c>me</c> for the token's own user.</param>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoRefreshToken> ListAllAsync(
        string userUuid,
        WazoRefreshTokenListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/tokens/{client_id}</c> (<c>token.delete</c>): deletes a user's refresh token (tokens already issued stay valid).</summary>
    /// <param name="userUuid">The user's UUID, or <c>me</c> for the token's own user.</param>
    /// <param name="clientId">The application the refresh token was created for.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string userUuid, string clientId, string? tenant = null, CancellationToken cancellationToken = default);
}
