using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>401 (Unauthorized): the token is missing, unknown or expired, lacks the required access, or may not act on the tenant. <see cref="WazoAuthException.ErrorId"/> and <see cref="WazoAuthException.Details"/> (<c>reason</c>) tell which.</summary>
public sealed class WazoAuthUnauthorizedException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthUnauthorizedException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
