using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The service answered with a redirect (3xx). Redirects are never followed, so that the token never reaches another
/// host; a common cause is an <c>http://</c> auth URL that the server redirects to <c>https://</c>.
/// </summary>
public sealed class AstakosRedirectException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the call, with the redirect's target in <see cref="AuthErrorInfo.RedirectLocation"/>.</param>
    public AstakosRedirectException(AuthErrorInfo info)
        : base(info)
    {
    }

    /// <summary>The redirect target with secrets masked, or null when the answer had no <c>Location</c>.</summary>
    public string? Location => Info.RedirectLocation;
}
