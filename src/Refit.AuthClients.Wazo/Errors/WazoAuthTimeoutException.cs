using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>The call did not finish within the configured timeout (retries included).</summary>
public sealed class WazoAuthTimeoutException : WazoAuthConnectionException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthTimeoutException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
