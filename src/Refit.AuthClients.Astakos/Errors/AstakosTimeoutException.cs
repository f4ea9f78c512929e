using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>The call, retries included, did not finish within <see cref="Options.AuthClientOptions.Timeout"/>.</summary>
public sealed class AstakosTimeoutException : AstakosConnectionException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the call.</param>
    /// <param name="message">The message; a description of the call when null.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public AstakosTimeoutException(AuthErrorInfo info, string? message = null, Exception? innerException = null)
        : base(info, message, innerException)
    {
    }
}
