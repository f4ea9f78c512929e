using System.Net;

namespace Refit.AuthClients.Errors;

/// <summary>
/// Base of every error raised by the clients of this SDK. Carries the redacted request, the status and the bounded
/// response body; never a token or a password.
/// </summary>
public class AuthClientException : Exception
{
    /// <summary>Creates the exception from the facts of a failed call.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="message">The message; <see cref="AuthErrorInfo.Describe"/> when null.</param>
    /// <param name="innerException">The transport or parsing failure behind it, if any.</param>
    public AuthClientException(AuthErrorInfo info, string? message = null, Exception? innerException = null)
        : base(message ?? (info ?? throw new ArgumentNullException(nameof(info))).Describe(), innerException)
    {
        Info = info;
    }

    /// <summary>The redacted facts of the failed call.</summary>
    public AuthErrorInfo Info { get; }

    /// <summary>What went wrong.</summary>
    public AuthErrorKind Kind => Info.Kind;

    /// <summary>The response status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode => Info.StatusCode;

    /// <summary>The response reason phrase, or null when no response arrived.</summary>
    public string? ReasonPhrase => Info.ReasonPhrase;

    /// <summary>The start of the response body (bounded), or null.</summary>
    public string? ResponseBody => Info.ResponseBody;

    /// <summary>The request method.</summary>
    public string RequestMethod => Info.RequestMethod;

    /// <summary>The request path and query, with tokens and secrets masked.</summary>
    public string RequestPath => Info.RequestPath;
}
