using System.Net;
using System.Text.Json;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Errors;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// The answer one facade call got, as <see cref="Http.WazoAnswerRecorder"/> noted it, and the invalid-response
/// error of a value that fails a facade check, built as the SDK builds it for a body it cannot read: the request
/// method, the redacted request path and query, the status, and the body with the request's secrets masked.
/// </summary>
internal sealed class WazoAnswer
{
    private HttpRequestMessage? _request;
    private HttpStatusCode? _status;
    private string? _reason;

    /// <summary>Notes an answer; a later attempt of the same call replaces an earlier one.</summary>
    public void Note(HttpRequestMessage request, HttpResponseMessage response)
    {
        _request = request;
        _status = response.StatusCode;
        _reason = response.ReasonPhrase;
    }

    /// <summary>The error of an answer that fails a check.</summary>
    /// <param name="problem">What is wrong, kept as the inner <see cref="JsonException"/>'s message.</param>
    /// <param name="body">The body as read (bounded here), or null when the value read no longer shows it.</param>
    public WazoAuthInvalidResponseException Invalid(string problem, string? body) =>
        Invalid(_request, _status, _reason, body, new JsonException(problem));

    /// <summary>The invalid-response error of an answer to <paramref name="request"/>.</summary>
    /// <param name="request">The request as sent (its secrets are kept out of the path and the body).</param>
    /// <param name="status">The answer's status.</param>
    /// <param name="reason">The answer's reason phrase.</param>
    /// <param name="body">The body (bounded here), or null.</param>
    /// <param name="problem">What is wrong, kept as the inner exception.</param>
    public static WazoAuthInvalidResponseException Invalid(
        HttpRequestMessage? request,
        HttpStatusCode? status,
        string? reason,
        string? body,
        Exception problem)
        => new(AuthErrorInfo.OfAnswer(AuthErrorKind.InvalidResponse, request, status, reason, body), problem);
}
