using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>403 (Forbidden): the action is refused, e.g. a read-only policy or group, or deleting one's own tenant.</summary>
public class WazoAuthForbiddenException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthForbiddenException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
