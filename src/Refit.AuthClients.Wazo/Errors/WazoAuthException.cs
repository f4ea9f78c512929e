using System.Text.Json;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>
/// Base of every error of the wazo-auth client. Besides the facts of the failed call (status, reason, bounded
/// body, redacted request) it carries what the server's error body says, whichever shape it has.
/// </summary>
public class WazoAuthException : AuthClientException
{
    /// <summary>Creates the exception from the facts of a failed call, reading the error body of an error status.</summary>
    /// <param name="info">The redacted facts.</param>
    /// <param name="innerException">The transport or parsing failure behind it, if any.</param>
    public WazoAuthException(AuthErrorInfo info, Exception? innerException = null)
        : this(info, info?.Kind == AuthErrorKind.HttpStatus ? WazoAuthErrorBody.Parse(info.ResponseBody) : WazoAuthErrorBody.Empty, innerException)
    {
    }

    private WazoAuthException(AuthErrorInfo info, WazoAuthErrorBody body, Exception? innerException)
        : base(info, Describe(info, body), innerException)
    {
        ServerMessage = body.Message;
        ErrorId = body.ErrorId;
        Details = body.Details;
        Resource = body.Resource;
        Timestamp = body.Timestamp;
        Reasons = body.Reasons;
        ReportedStatusCode = body.StatusCode;
    }

    /// <summary>The server's message: <c>message</c>, or the legacy <c>reason</c> items joined; null when the body has neither.</summary>
    public string? ServerMessage { get; }

    /// <summary>The server's error identifier, e.g. <c>unknown-user</c> or <c>unauthorized</c>; null when absent.</summary>
    public string? ErrorId { get; }

    /// <summary>The server's <c>details</c> (normally an object, e.g. <c>{"reason": "not_found_or_expired"}</c>); null when absent.</summary>
    public JsonElement? Details { get; }

    /// <summary>The resource the error is about, e.g. <c>users</c>; null when absent.</summary>
    public string? Resource { get; }

    /// <summary>When the server raised the error; null when absent.</summary>
    public DateTimeOffset? Timestamp { get; }

    /// <summary>The legacy body's <c>reason</c> items; empty for the other shapes.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The legacy body's <c>status_code</c>; null for the other shapes.</summary>
    public int? ReportedStatusCode { get; }

    private static string? Describe(AuthErrorInfo? info, WazoAuthErrorBody body) =>
        info is null || body.Message is null ? null : $"{info.Describe()}: {body.Message}";
}
