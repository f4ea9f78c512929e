using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Logging;

/// <summary>
/// The only HTTP logger of the SDK's clients: the factory's default loggers print whole URIs, which would leak
/// <c>/token/{token}</c>. Lines carry the method, the redacted URI, the status and the duration; never a header.
/// </summary>
public sealed partial class RedactingHttpClientLogger : IHttpClientLogger
{
    private readonly ILogger _logger;

    /// <summary>Creates the logger writing to <paramref name="logger"/>.</summary>
    public RedactingHttpClientLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc />
    public object? LogRequestStart(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        LogStart(_logger, request.Method.Method, new RedactedUri(request.RequestUri));

        return null;
    }

    /// <inheritdoc />
    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        LogStop(_logger, request.Method.Method, new RedactedUri(request.RequestUri), (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    /// <inheritdoc />
    [SuppressMessage("Design", "CA1031", Justification = "Logging never throws.")]
    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        // Only the type and the message: the SDK's own messages are redacted, and nothing else of the exception is walked.
        LogFailed(_logger, request.Method.Method, new RedactedUri(request.RequestUri), exception.GetType().Name, exception.Message, elapsed.TotalMilliseconds);
    }

    /// <summary>Redacts only when a line is actually written.</summary>
    private readonly struct RedactedUri(Uri? uri)
    {
        public override string ToString() => Redactor.RedactUri(uri);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "HTTP {Method} {Uri} sent")]
    private static partial void LogStart(ILogger logger, string method, RedactedUri uri);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "HTTP {Method} {Uri} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogStop(ILogger logger, string method, RedactedUri uri, int status, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "HTTP {Method} {Uri} failed with {ExceptionType}: {ExceptionMessage} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string method, RedactedUri uri, string exceptionType, string exceptionMessage, double elapsedMs);
}
