using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>A user's Google OAuth authorization (<c>/users/{user_uuid}/external/google</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoGoogleAuthApi
{
    /// <summary><c>GET /users/{user_uuid}/external/google</c>: the user's Google access token (404 when none).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/external/google")]
    Task<WazoOAuthToken> GetAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/{user_uuid}/external/google</c>: starts an authorization (201); the user must open the returned URL.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="request">The scopes to request.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users/{user_uuid}/external/google")]
    Task<WazoOAuthAuthorization> CreateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoOAuthAuthorizationRequest request,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/external/google</c>: forgets the user's Google authorization.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}/external/google")]
    Task DeleteAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
