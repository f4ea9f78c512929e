using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The service answered with a redirect (3xx). Redirects are never followed, so that the token never reaches another
/// host; a common cause is an <c>http://</c> auth URL that the server redirects to <c>https://</c>.
/// </summary>
public sealed class AstakosRedirectException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the call.</param>
    /// <param name="location">Where the service redirected to (secrets masked), if it said.</param>
    public AstakosRedirectException(AuthErrorInfo info, string? location)
        : base(info, $"{info?.Describe()}; the redirect{(location is null ? string.Empty : " to " + location)} was not followed")
    {
        Location = location;
    }

    /// <summary>The redirect target with secrets masked, or null when the answer had no <c>Location</c>.</summary>
    public string? Location { get; }
}
