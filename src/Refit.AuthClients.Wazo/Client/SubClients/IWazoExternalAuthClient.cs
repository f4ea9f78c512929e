using System.Text.Json;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// External authentication of any type (<c>google</c>, <c>microsoft</c>, <c>mobile</c>, ...): users' data, the
/// tenant's configuration and the connected users (the reference client's <c>external</c> command). Data is passed
/// and returned as JSON, since each type's plugin defines its own; build it with
/// <see cref="JsonSerializer.SerializeToElement{TValue}(TValue, JsonSerializerOptions?)"/> or <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/>.
/// </summary>
public interface IWazoExternalAuthClient
{
    /// <summary>
    /// <c>POST /users/{user_uuid}/external/{auth_type}</c> (<c>external.create</c>): stores a user's data for a type.
    /// Success is 200, or 201 as google, microsoft and mobile answer.
    /// </summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="data">The data, a JSON object as the type's plugin expects it.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plugin's answer (e.g. <c>authorization_url</c> and <c>state</c> for google and microsoft).</returns>
    Task<JsonElement> CreateAsync(
        string authType,
        string userUuid,
        JsonElement data,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/external/{auth_type}</c> (<c>external.get</c>): a user's data for a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data, as the type's plugin returns it.</returns>
    Task<JsonElement> GetAsync(string authType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/external/{auth_type}</c> (<c>external.update</c>): replaces a user's data for a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="data">The data, a JSON object as the type's plugin expects it.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored data.</returns>
    Task<JsonElement> UpdateAsync(
        string authType,
        string userUuid,
        JsonElement data,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/external/{auth_type}</c> (<c>external.delete</c>): deletes a user's data for a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string authType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/external</c> (<c>external.list_</c>): a user's external authentications (no sensitive data).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters (order <c>type</c>) and the <c>type</c> filter; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoExternalAuth>> ListAsync(
        string userUuid,
        WazoExternalAuthListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every external authentication <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoExternalAuth> ListAllAsync(
        string userUuid,
        WazoExternalAuthListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /external/{auth_type}/users</c> (<c>external.list_connected_users</c>): the users of the scoping tenant
    /// connected to a type. The tenant travels in the header only, never in the query as the reference sends it.
    /// </summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="query">List parameters (the server reads <c>recurse</c>, <c>limit</c>, <c>offset</c>); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope of user UUIDs.</returns>
    Task<WazoList<WazoExternalAuthUser>> ListConnectedUsersAsync(
        string authType,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every user <see cref="ListConnectedUsersAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="query">Filters; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoExternalAuthUser> ListAllConnectedUsersAsync(
        string authType,
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /external/{auth_type}/config</c> (<c>external.create_config</c>): creates the tenant's configuration of
    /// a type (409 when it exists). The answer's body (the JSON string <c>""</c>) is ignored.
    /// </summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="config">The configuration (client id and secret, Firebase and APNs settings).</param>
    /// <param name="tenant">The tenant to configure (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task CreateConfigAsync(string authType, WazoExternalConfig config, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /external/{auth_type}/config</c> (<c>external.get_config</c>): the tenant's configuration of a type (404 when none).</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="tenant">The tenant whose configuration to read (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration.</returns>
    Task<WazoExternalConfig> GetConfigAsync(string authType, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /external/{auth_type}/config</c> (<c>external.update_config</c>): replaces the tenant's configuration of a type (the server answers 204, the spec 201).</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="tenant">The tenant to configure (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task UpdateConfigAsync(string authType, WazoExternalConfig config, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /external/{auth_type}/config</c> (<c>external.delete_config</c>): deletes the tenant's configuration of a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="tenant">The tenant whose configuration to delete (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteConfigAsync(string authType, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /users/{user_uuid}/external/mobile/sender_id</c>: the Firebase sender id of the user's tenant, for push
    /// notifications. The server has it; the reference client does not.
    /// </summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sender id; null when the tenant has none.</returns>
    Task<string?> GetMobileSenderIdAsync(string userUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
