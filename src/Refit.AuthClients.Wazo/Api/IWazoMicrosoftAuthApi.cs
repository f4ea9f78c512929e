using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>A user's Microsoft OAuth authorization (<c>/users/{user_uuid}/external/microsoft</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoMicrosoftAuthApi
{
    /// <summary><c>GET /users/{user_uuid}/external/microsoft</c>: the user's Microsoft access token (404 when none).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/external/microsoft")]
    Task<WazoOAuthToken> GetAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/{user_uuid}/external/microsoft</c>: starts an authorization (201); the user must open the returned URL.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="request">The scopes to request.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users/{user_uuid}/external/microsoft")]
    Task<WazoOAuthAuthorization> CreateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoOAuthAuthorizationRequest request,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/external/microsoft</c>: forgets the user's Microsoft authorization.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}/external/microsoft")]
    Task DeleteAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
