using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>A user's e-mail addresses: updates by the user or an administrator, and confirmation requests.</summary>
[Headers("Accept: application/json")]
public interface IWazoUserEmailApi
{
    /// <summary><c>PUT /users/{user_uuid}/emails</c>: replaces a user's addresses (new ones are unconfirmed).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="emails">The complete list of addresses.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/users/{user_uuid}/emails")]
    Task<IReadOnlyList<WazoUserEmail>> UpdateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoEmailAddressList emails,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /admin/users/{user_uuid}/emails</c>: replaces a user's addresses as an administrator, who may set <c>confirmed</c>.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="emails">The complete list of addresses.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/admin/users/{user_uuid}/emails")]
    Task<IReadOnlyList<WazoUserEmail>> AdminUpdateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoEmailAddressList emails,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/emails/{email_uuid}/confirm</c>: sends a new confirmation e-mail (409 when already confirmed).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="emailUuid">The address's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/emails/{email_uuid}/confirm")]
    Task RequestConfirmationAsync(
        [AliasAs("user_uuid")] string userUuid,
        [AliasAs("email_uuid")] string emailUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
