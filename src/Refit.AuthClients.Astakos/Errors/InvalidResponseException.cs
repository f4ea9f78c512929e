using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>The service answered with success but with a body that is not what the call expects (not JSON, empty, or lacking a required field).</summary>
public sealed class InvalidResponseException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the call.</param>
    /// <param name="message">The message; a description of the call when null.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public InvalidResponseException(AuthErrorInfo info, string? message = null, Exception? innerException = null)
        : base(info, message, innerException)
    {
    }
}
