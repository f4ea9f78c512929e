using Refit.AuthClients.Http;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Password reset by e-mail (<c>/users/password/reset</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoPasswordResetApi
{
    /// <summary>
    /// <c>GET /users/password/reset</c>: e-mails reset instructions to a user (no token needed; 204 whether or not
    /// the user exists). Exactly one of the three must be given, else 400.
    /// </summary>
    /// <param name="username">The user's login.</param>
    /// <param name="email">The user's e-mail address.</param>
    /// <param name="login">The user's login or e-mail address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/password/reset")]
    Task RequestAsync(
        [Query] string? username = null,
        [Query] string? email = null,
        [Query] string? login = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /users/password/reset?user_uuid=</c>: sets a user's password after a reset (revokes the user's
    /// sessions, not its refresh tokens).
    /// </summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="reset">The new password (null removes it).</param>
    /// <param name="token">The token of the reset e-mail; the client's token when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users/password/reset")]
    Task SetPasswordAsync(
        [Query, AliasAs("user_uuid")] string userUuid,
        [Body] WazoPasswordReset reset,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
