using Refit.AuthClients.Http;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Token creation, checks and revocation (<c>/token</c>). None of these calls needs the client's token.</summary>
[Headers("Accept: application/json")]
public interface IWazoTokenApi
{
    /// <summary>
    /// <c>POST /token</c>: creates a token from basic credentials, a refresh token or a SAML session. The client's
    /// token is not sent, and a 401 (credentials refused) neither renews it nor repeats the call.
    /// </summary>
    /// <param name="authorization"><c>Basic</c> and the Base64 of <c>username:password</c> (<c>Basic Og==</c> when authenticating otherwise).</param>
    /// <param name="request">The token parameters; only the fields set are sent.</param>
    /// <param name="sessionType"><c>mobile</c> or <c>desktop</c>; not sent when null.</param>
    /// <param name="ownCredentials">Marks the call as authenticated by its own credentials; leave the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/token")]
    Task<WazoTokenResponse> CreateAsync(
        [Header(WazoHeaders.Authorization)] string authorization,
        [Body] WazoTokenRequest request,
        [Header(WazoHeaders.SessionType)] string? sessionType = null,
        [Property(AuthRequestOptions.OwnCredentialsName)] bool ownCredentials = true,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /token/{token}</c>: the token's data, if it is valid for the access and tenant given (404 unknown, 403 refused).</summary>
    /// <param name="token">The token to read.</param>
    /// <param name="requiredAcl">An access the token must hold (<c>scope</c>); not sent when null.</param>
    /// <param name="tenant">A tenant the token must be allowed to act on (<c>tenant</c> query parameter); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/token/{token}")]
    Task<WazoTokenResponse> GetAsync(
        string token,
        [Query, AliasAs("scope")] string? requiredAcl = null,
        [Query, AliasAs("tenant")] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>HEAD /token/{token}</c>: succeeds (204) when the token is valid for the access and tenant given; 404 unknown, 403 refused.</summary>
    /// <param name="token">The token to check.</param>
    /// <param name="requiredAcl">An access the token must hold (<c>scope</c>); not sent when null.</param>
    /// <param name="tenant">A tenant the token must be allowed to act on (<c>tenant</c> query parameter); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Head("/token/{token}")]
    Task CheckAsync(
        string token,
        [Query, AliasAs("scope")] string? requiredAcl = null,
        [Query, AliasAs("tenant")] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /token/{token}</c>: revokes the token (200 even for an unknown UUID; 404 for a non-UUID).</summary>
    /// <param name="token">The token to revoke.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/token/{token}")]
    Task RevokeAsync(string token, CancellationToken cancellationToken = default);

    /// <summary><c>POST /token/{token}/scopes/check</c>: which of the scopes the token holds (read-only: safe to retry).</summary>
    /// <param name="token">The token to check.</param>
    /// <param name="request">The scopes, and optionally a tenant the token must be allowed to act on.</param>
    /// <param name="safeToRepeat">Marks the call as retryable; leave the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/token/{token}/scopes/check")]
    Task<WazoScopeCheckResult> CheckScopesAsync(
        string token,
        [Body] WazoScopeCheckRequest request,
        [Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true,
        CancellationToken cancellationToken = default);
}
