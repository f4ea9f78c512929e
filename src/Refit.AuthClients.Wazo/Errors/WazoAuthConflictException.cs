using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>409 (Conflict): the resource already exists or is in a conflicting state.</summary>
public sealed class WazoAuthConflictException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthConflictException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
