namespace Refit.AuthClients.Errors;

/// <summary>
/// Chooses the exception type of a service for a failed call. Each client supplies one; the Core handlers call it
/// for every kind of failure so that a service's callers only ever see that service's exception types.
/// </summary>
public abstract class ServiceErrorMapper
{
    /// <summary>Creates the exception for a failed call.</summary>
    /// <param name="info">The redacted facts of the failure.</param>
    /// <param name="innerException">The transport or parsing failure behind it, if any.</param>
    public abstract AuthClientException CreateException(AuthErrorInfo info, Exception? innerException);
}
