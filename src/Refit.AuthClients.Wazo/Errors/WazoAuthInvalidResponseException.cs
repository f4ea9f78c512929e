using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>A success answer whose body is not the expected JSON.</summary>
public sealed class WazoAuthInvalidResponseException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthInvalidResponseException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
