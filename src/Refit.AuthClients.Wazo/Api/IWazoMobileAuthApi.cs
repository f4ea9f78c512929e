using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>A user's push-notification device tokens (<c>/users/{user_uuid}/external/mobile</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoMobileAuthApi
{
    /// <summary><c>GET /users/{user_uuid}/external/mobile</c>: the user's device tokens.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/external/mobile")]
    Task<WazoMobileData> GetAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/{user_uuid}/external/mobile</c>: stores the user's device tokens (the server answers 201, the spec 200).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="data">The device tokens.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users/{user_uuid}/external/mobile")]
    Task<WazoMobileData> CreateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoMobileData data,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/external/mobile</c>: replaces the user's device tokens.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="data">The device tokens.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/users/{user_uuid}/external/mobile")]
    Task<WazoMobileData> UpdateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoMobileData data,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/external/mobile</c>: deletes the user's device tokens.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}/external/mobile")]
    Task DeleteAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/external/mobile/sender_id</c>: the tenant's Firebase sender id.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/external/mobile/sender_id")]
    Task<WazoMobileSenderId> GetSenderIdAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
