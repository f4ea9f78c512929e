using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>The service could not be reached or the connection broke (refused, reset, DNS, TLS).</summary>
public class WazoAuthConnectionException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthConnectionException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
