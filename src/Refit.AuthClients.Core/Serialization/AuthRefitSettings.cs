using System.Text.Json.Serialization;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Http;

namespace Refit.AuthClients.Serialization;

/// <summary>
/// Builds the Refit settings every client of this SDK uses: a source-generated JSON context (no reflection),
/// buffered request bodies sent with a <c>Content-Length</c> (WSGI servers misread chunked bodies), path parameters
/// that cannot be <c>.</c> or <c>..</c> (<see cref="PathSafeUrlParameterFormatter"/>), and every
/// failure Refit itself sees (an unexpected body, a broken transfer) mapped to the service's exception types.
/// </summary>
public static class AuthRefitSettings
{
    /// <summary>Creates the settings for one service.</summary>
    /// <param name="context">The service's source-generated JSON context.</param>
    /// <param name="mapper">The service's error mapper.</param>
    public static RefitSettings Create(JsonSerializerContext context, ServiceErrorMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mapper);
        var settings = RefitSettings.ForJsonContext(context);
        settings.Buffered = true;
        settings.UrlParameterFormatter = new PathSafeUrlParameterFormatter();
        settings.ExceptionFactory = response => new ValueTask<Exception?>(MapUnsuccessfulAsync(mapper, response));
        settings.DeserializationExceptionFactory = async (response, exception) => await MapBadBodyAsync(mapper, response, exception).ConfigureAwait(false);
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
            exception is AuthClientException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                ? exception
                : ErrorMappingHandler.MapTransportFailure(mapper, request, exception);
        return settings;
    }

    // The error handler already turned 4xx/5xx into exceptions; what reaches here is a 3xx that was not followed.
    private static async Task<Exception?> MapUnsuccessfulAsync(ServiceErrorMapper mapper, HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var request = response.RequestMessage ?? new HttpRequestMessage();
        var body = await ResponseBodyReader.ReadBoundedAsync(response.Content, CancellationToken.None).ConfigureAwait(false);
        return mapper.CreateException(ErrorMappingHandler.DescribeStatus(request, response, body), innerException: null);
    }

    private static async Task<AuthClientException> MapBadBodyAsync(ServiceErrorMapper mapper, HttpResponseMessage response, Exception exception)
    {
        if (exception is AuthClientException typed)
        {
            return typed;
        }

        string? body = null;
        try
        {
            // The response buffering handler kept the body in memory: it can be read again to quote it.
            body = await ResponseBodyReader.ReadBufferedBoundedAsync(response.Content).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException or HttpRequestException)
        {
            body = null;
        }

        var brokenTransfer = exception is HttpRequestException or IOException;
        var info = AuthErrorInfo.OfAnswer(
            brokenTransfer ? AuthErrorKind.Connection : AuthErrorKind.InvalidResponse,
            response.RequestMessage,
            response.StatusCode,
            response.ReasonPhrase,
            body);
        return mapper.CreateException(info, exception);
    }
}
