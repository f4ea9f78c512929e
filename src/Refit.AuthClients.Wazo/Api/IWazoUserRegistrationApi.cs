using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>User self-registration (<c>/users/register</c>), disabled on servers by default (404).</summary>
[Headers("Accept: application/json")]
public interface IWazoUserRegistrationApi
{
    /// <summary><c>POST /users/register</c>: creates a user without a token.</summary>
    /// <param name="registration">The new user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users/register")]
    Task<WazoUser> RegisterAsync([Body] WazoUserRegistration registration, CancellationToken cancellationToken = default);
}
