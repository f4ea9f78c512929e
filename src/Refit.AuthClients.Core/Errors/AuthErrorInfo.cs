using System.Net;

namespace Refit.AuthClients.Errors;

/// <summary>
/// Everything known about a failed call, already redacted: the request path carries no token and no secret
/// query value, and no request header is kept.
/// </summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="RequestMethod">The HTTP method of the request.</param>
/// <param name="RequestPath">The request path and query, with tokens and secrets masked.</param>
/// <param name="StatusCode">The response status, when a response arrived.</param>
/// <param name="ReasonPhrase">The response reason phrase, when a response arrived.</param>
/// <param name="ResponseBody">The start of the response body (at most <see cref="ResponseBodyReader.MaxBodyChars"/> characters).</param>
/// <param name="RetryAfter">The delay the service asked for with <c>Retry-After</c>, if any.</param>
/// <param name="RedirectLocation">Where a redirect (never followed) pointed, redacted, if any.</param>
public sealed record AuthErrorInfo(
    AuthErrorKind Kind,
    string RequestMethod,
    string RequestPath,
    HttpStatusCode? StatusCode = null,
    string? ReasonPhrase = null,
    string? ResponseBody = null,
    TimeSpan? RetryAfter = null,
    string? RedirectLocation = null)
{
    /// <summary>
    /// The redacted facts of an answer to <paramref name="request"/> that could not be used: the path and query
    /// masked, and the request's own secrets scrubbed from the reason phrase and from the body (kept to
    /// <see cref="ResponseBodyReader.MaxBodyChars"/> characters).
    /// </summary>
    /// <param name="kind">What went wrong (an invalid answer, or a transfer that broke while the body was read).</param>
    /// <param name="request">The request as sent; its secrets stay out of the facts.</param>
    /// <param name="statusCode">The answer's status.</param>
    /// <param name="reasonPhrase">The answer's reason phrase.</param>
    /// <param name="body">The body as read, or null.</param>
    public static AuthErrorInfo OfAnswer(AuthErrorKind kind, HttpRequestMessage? request, HttpStatusCode? statusCode, string? reasonPhrase, string? body)
    {
        if (body is { Length: > ResponseBodyReader.MaxBodyChars })
        {
            body = body[..ResponseBodyReader.MaxBodyChars];
        }

        return new AuthErrorInfo(
            kind,
            request?.Method.Method ?? "?",
            Redaction.Redactor.RedactPathAndQuery(request?.RequestUri),
            statusCode,
            Redaction.RequestSecrets.Scrub(reasonPhrase, request),
            Redaction.RequestSecrets.Scrub(body, request));
    }

    /// <summary>A one-line description such as <c>GET /tokens/*** answered 404 (Not Found)</c>.</summary>
    public string Describe() => Kind switch
    {
        AuthErrorKind.HttpStatus when RedirectLocation is not null =>
            $"{RequestMethod} {RequestPath} answered {(int?)StatusCode} ({ReasonPhrase ?? StatusCode?.ToString()}), a redirect to {RedirectLocation} that is not followed",
        AuthErrorKind.HttpStatus => $"{RequestMethod} {RequestPath} answered {(int?)StatusCode} ({ReasonPhrase ?? StatusCode?.ToString()})",
        AuthErrorKind.InvalidResponse => $"{RequestMethod} {RequestPath} answered {(int?)StatusCode} with a body that is not the expected JSON",
        AuthErrorKind.Connection => $"{RequestMethod} {RequestPath} failed: the service could not be reached",
        AuthErrorKind.Timeout => $"{RequestMethod} {RequestPath} timed out",
        _ => $"{RequestMethod} {RequestPath} failed",
    };
}
