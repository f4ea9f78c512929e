using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>A checked token is unknown or expired (<c>HEAD /token/{token}</c> answered 404).</summary>
public sealed class InvalidTokenException : WazoAuthNotFoundException
{
    /// <summary>Creates the exception from the facts of the failed check.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The error the check raised, if any.</param>
    public InvalidTokenException(AuthErrorInfo info, Exception? innerException = null)
        : base(info, innerException)
    {
    }
}
