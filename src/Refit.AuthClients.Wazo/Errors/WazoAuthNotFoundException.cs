using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>404 (Not Found): the resource does not exist (or a path id is not a UUID).</summary>
public class WazoAuthNotFoundException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthNotFoundException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
