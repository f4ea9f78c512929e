using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>400 (Bad Request): the request is invalid (a field, a list parameter, a body the server cannot read).</summary>
public sealed class WazoAuthBadRequestException : WazoAuthException
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public WazoAuthBadRequestException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
