using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Identity provider types (<c>/idp</c>) and the users assigned to them.</summary>
[Headers("Accept: application/json")]
public interface IWazoIdpApi
{
    /// <summary><c>GET /idp</c>: the identity provider types.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/idp")]
    Task<WazoIdpList> ListAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /idp/{idp_type}/users</c>: assigns several users to a type (404 when a user or the type is unknown).</summary>
    /// <param name="idpType">The identity provider type.</param>
    /// <param name="users">The users.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/idp/{idp_type}/users")]
    Task AddUsersAsync(
        [AliasAs("idp_type")] string idpType,
        [Body] WazoIdpUserList users,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /idp/{idp_type}/users/{user_uuid}</c>: assigns a user to a type.</summary>
    /// <param name="idpType">The identity provider type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/idp/{idp_type}/users/{user_uuid}")]
    Task AddUserAsync(
        [AliasAs("idp_type")] string idpType,
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /idp/{idp_type}/users/{user_uuid}</c>: unassigns a user from a type.</summary>
    /// <param name="idpType">The identity provider type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/idp/{idp_type}/users/{user_uuid}")]
    Task RemoveUserAsync(
        [AliasAs("idp_type")] string idpType,
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
