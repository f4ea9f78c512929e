using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>The service answered 401 Unauthorized: the token is missing, invalid or expired. Never retried.</summary>
public sealed class UnauthorizedException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the call.</param>
    /// <param name="message">The message; a description of the call when null.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public UnauthorizedException(AuthErrorInfo info, string? message = null, Exception? innerException = null)
        : base(info, message, innerException)
    {
    }
}
