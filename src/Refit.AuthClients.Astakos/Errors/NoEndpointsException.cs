using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The service catalog lacks the entry (or the entry lacks the URL) a call needs, e.g. no <c>astakos_oauth2</c>
/// service on an older server.
/// </summary>
public sealed class NoEndpointsException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the discovery call.</param>
    /// <param name="message">What is missing.</param>
    public NoEndpointsException(AuthErrorInfo info, string message)
        : base(info, message)
    {
    }
}
