using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>The service answered 403 Forbidden.</summary>
public sealed class ForbiddenException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the call.</param>
    /// <param name="message">The message; a description of the call when null.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public ForbiddenException(AuthErrorInfo info, string? message = null, Exception? innerException = null)
        : base(info, message, innerException)
    {
    }
}
