using System.Net.Http.Headers;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Http;

/// <summary>
/// Turns every failure of the exchange under it into the service's typed exception: an error status (4xx/5xx), a
/// transport failure, a timeout. The caller's own cancellation stays an <see cref="OperationCanceledException"/>, and
/// an exception that is no failure of the exchange (a token source that threw) reaches the caller as it is.
/// Secrets of the request echoed in the reason phrase, the body or a redirect target are masked.
/// </summary>
/// <remarks>Sits outermost, so the retry handler under it still sees raw responses and transport failures.</remarks>
public sealed class ErrorMappingHandler : DelegatingHandler
{
    private readonly ServiceErrorMapper _mapper;

    /// <summary>Creates the handler for one service.</summary>
    public ErrorMappingHandler(ServiceErrorMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        _mapper = mapper;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not AuthClientException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw MapTransportFailure(_mapper, request, ex);
        }

        if ((int)response.StatusCode < 400)
        {
            HideEmptyLength(response);
            return response;
        }

        using (response)
        {
            string? body;
            try
            {
                body = await ResponseBodyReader.ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                body = null;
            }

            throw _mapper.CreateException(DescribeStatus(request, response, body), innerException: null);
        }
    }

    /// <summary>The redacted facts of an error response.</summary>
    public static AuthErrorInfo DescribeStatus(HttpRequestMessage request, HttpResponseMessage response, string? body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        return new AuthErrorInfo(
            AuthErrorKind.HttpStatus,
            request.Method.Method,
            Redactor.RedactPathAndQuery(request.RequestUri),
            response.StatusCode,
            RequestSecrets.Scrub(response.ReasonPhrase, request),
            RequestSecrets.Scrub(body, request),
            RetryAfter(response.Headers.RetryAfter),
            RedirectLocation(request, response));
    }

    /// <summary>
    /// Maps a transport failure (or a timeout) of <paramref name="request"/> to the service's exception; rethrows any
    /// other exception as it is.
    /// </summary>
    public static AuthClientException MapTransportFailure(ServiceErrorMapper mapper, HttpRequestMessage request, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(failure);
        if (failure is AuthClientException typed)
        {
            return typed;
        }

        var kind = failure switch
        {
            TimeoutException => AuthErrorKind.Timeout,
            ResponseTooLargeException => AuthErrorKind.InvalidResponse,
            // A mistake rather than a failure of the exchange (a token source that threw, a token that cannot be sent,
            // a misused client): the caller gets it as it is.
            ArgumentException or InvalidOperationException => (AuthErrorKind?)null,
            _ => AuthErrorKind.Connection,
        };
        if (kind is null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        var info = new AuthErrorInfo(kind.Value, request.Method.Method, Redactor.RedactPathAndQuery(request.RequestUri));
        return mapper.CreateException(info, failure);
    }

    // Refit hands back null, without asking the serializer, for a body it knows is empty. Hiding the length sends
    // the body through the serializer, which rejects an empty body where a value is expected; calls that expect
    // no value never read it.
    private static void HideEmptyLength(HttpResponseMessage response)
    {
        if (response.Content is { } content && content.Headers.ContentLength == 0)
        {
            var replacement = new StreamContent(Stream.Null);
            replacement.Headers.ContentLength = null;
            ContentReplacement.Replace(response, content, replacement);
        }
    }

    private static string? RedirectLocation(HttpRequestMessage request, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is < 300 or > 399 || response.Headers.Location is not { } location)
        {
            return null;
        }

        if (!location.IsAbsoluteUri && request.RequestUri is { IsAbsoluteUri: true } origin)
        {
            location = new Uri(origin, location);
        }

        // A target may carry the request's own token under any name (an SSO proxy's return_to): scrubbed as a body is.
        return RequestSecrets.Scrub(Redactor.RedactUri(location), request);
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
