using System.Text.Json;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>
/// External authentication, for any type (<c>google</c>, <c>microsoft</c>, <c>mobile</c>, ...): the tenant's
/// configuration (<c>/external/{auth_type}/config</c>), the connected users, and a user's data
/// (<c>/users/{user_uuid}/external/{auth_type}</c>). The typed google, microsoft and mobile calls are in their own
/// interfaces.
/// </summary>
[Headers("Accept: application/json")]
public interface IWazoExternalAuthApi
{
    /// <summary><c>GET /external/{auth_type}/config</c>: the tenant's configuration of a type (404 when none).</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/external/{auth_type}/config")]
    Task<WazoExternalConfig> GetConfigAsync(
        [AliasAs("auth_type")] string authType,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /external/{auth_type}/config</c>: creates the tenant's configuration of a type (201; 409 when it exists). The answer's body is ignored.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/external/{auth_type}/config")]
    Task CreateConfigAsync(
        [AliasAs("auth_type")] string authType,
        [Body] WazoExternalConfig config,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /external/{auth_type}/config</c>: replaces the tenant's configuration of a type (the server answers 204, the spec 201).</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/external/{auth_type}/config")]
    Task UpdateConfigAsync(
        [AliasAs("auth_type")] string authType,
        [Body] WazoExternalConfig config,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /external/{auth_type}/config</c>: deletes the tenant's configuration of a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/external/{auth_type}/config")]
    Task DeleteConfigAsync(
        [AliasAs("auth_type")] string authType,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /external/{auth_type}/users</c>: the users of the scoping tenant connected to a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="query">List parameters (the server reads <c>recurse</c>, <c>limit</c>, <c>offset</c>); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/external/{auth_type}/users")]
    Task<WazoList<WazoExternalAuthUser>> ListConnectedUsersAsync(
        [AliasAs("auth_type")] string authType,
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/external</c>: a user's external authentications (no sensitive data).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters and the type filter; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/external")]
    Task<WazoList<WazoExternalAuth>> ListForUserAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Query] WazoExternalAuthListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/external/{auth_type}</c>: a user's data for a type, as the plugin returns it.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/external/{auth_type}")]
    Task<JsonElement> GetUserDataAsync(
        [AliasAs("auth_type")] string authType,
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/{user_uuid}/external/{auth_type}</c>: stores a user's data for a type (200, or 201 for google, microsoft and mobile).</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="data">The data, as the plugin expects it.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users/{user_uuid}/external/{auth_type}")]
    Task<JsonElement> CreateUserDataAsync(
        [AliasAs("auth_type")] string authType,
        [AliasAs("user_uuid")] string userUuid,
        [Body] JsonElement data,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/external/{auth_type}</c>: replaces a user's data for a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="data">The data, as the plugin expects it.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/users/{user_uuid}/external/{auth_type}")]
    Task<JsonElement> UpdateUserDataAsync(
        [AliasAs("auth_type")] string authType,
        [AliasAs("user_uuid")] string userUuid,
        [Body] JsonElement data,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/external/{auth_type}</c>: deletes a user's data for a type.</summary>
    /// <param name="authType">The external authentication type.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}/external/{auth_type}")]
    Task DeleteUserDataAsync(
        [AliasAs("auth_type")] string authType,
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
