using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>
/// A checked token is valid but lacks the required access or may not act on the given tenant
/// (<c>HEAD /token/{token}</c> answered 403).
/// </summary>
public sealed class MissingPermissionsTokenException : WazoAuthForbiddenException
{
    /// <summary>Creates the exception from the facts of the failed check.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The error the check raised, if any.</param>
    public MissingPermissionsTokenException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
