using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Identity provider types and the users assigned to them (the reference client's <c>idp</c> command).</summary>
public interface IWazoIdpClient
{
    /// <summary><c>GET /idp</c> (<c>idp.list</c>): the identity provider types, e.g. <c>native</c>, <c>ldap</c>, <c>saml</c>, <c>default</c>.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The envelope of type names.</returns>
    Task<WazoIdpList> ListAsync(string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /idp/{idp_type}/users/{user_uuid}</c> (<c>idp.add_user</c>): assigns a user to a type.</summary>
    /// <param name="idpType">The identity provider type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AddUserAsync(string idpType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /idp/{idp_type}/users</c> (<c>idp.add_users</c>): assigns several users to a type (404 when one is unknown).</summary>
    /// <param name="idpType">The identity provider type.</param>
    /// <param name="userUuids">The users' UUIDs; at least one.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AddUsersAsync(string idpType, IEnumerable<string> userUuids, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /idp/{idp_type}/users/{user_uuid}</c> (<c>idp.remove_user</c>): unassigns a user from a type.</summary>
    /// <param name="idpType">The identity provider type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RemoveUserAsync(string idpType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
