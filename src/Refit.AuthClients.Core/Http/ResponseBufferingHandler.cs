namespace Refit.AuthClients.Http;

/// <summary>
/// Reads every response body into memory, up to a size limit, before it leaves the transport. A body that breaks
/// off mid-way is then a transport failure the retry policy can see (and repeat, for a repeatable request), the
/// time limit covers the whole body, an oversized body is refused instead of exhausting memory, and a body that
/// turns out not to be the expected JSON can still be quoted in the error. Of an error answer (4xx, 5xx) only the
/// start an error report quotes is kept, so a large or broken error body never hides its status.
/// </summary>
/// <remarks>Sits innermost, right above the socket handler.</remarks>
public sealed class ResponseBufferingHandler : DelegatingHandler
{
    // Enough for the characters an error report keeps (ResponseBodyReader.MaxBodyChars, at most 4 bytes each).
    private const int ErrorBodyBytes = Errors.ResponseBodyReader.MaxBodyChars * 4;

    private readonly long _maxResponseSize;

    /// <summary>Creates the handler refusing bodies larger than <paramref name="maxResponseSize"/> bytes.</summary>
    public ResponseBufferingHandler(long maxResponseSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResponseSize);
        _maxResponseSize = maxResponseSize;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content is not { } content)
        {
            return response;
        }

        if ((int)response.StatusCode >= 400)
        {
            // An error keeps its status whatever its body: only the start an error report quotes is kept.
            return await KeepStartOfErrorBodyAsync(response, content, cancellationToken).ConfigureAwait(false);
        }

        if (content.Headers.ContentLength > _maxResponseSize)
        {
            response.Dispose();
            throw new ResponseTooLargeException(_maxResponseSize);
        }

        try
        {
#if NET9_0_OR_GREATER
            await content.LoadIntoBufferAsync(_maxResponseSize, cancellationToken).ConfigureAwait(false);
#else
            await content.LoadIntoBufferAsync(_maxResponseSize).WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
            return response;
        }
        catch (HttpRequestException ex) when (ex.InnerException is null && content.Headers.ContentLength is null)
        {
            // LoadIntoBufferAsync reports an exceeded limit as a bare HttpRequestException.
            response.Dispose();
            throw new ResponseTooLargeException(_maxResponseSize, ex);
        }
        catch (IOException ex)
        {
            response.Dispose();
            throw new HttpRequestException("The connection broke while the response body was read.", ex);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<HttpResponseMessage> KeepStartOfErrorBodyAsync(HttpResponseMessage response, HttpContent content, CancellationToken cancellationToken)
    {
        var start = new byte[ErrorBodyBytes];
        var filled = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                // Read by hand rather than with ReadAtLeastAsync: a body that breaks off keeps what arrived.
                int read;
                while (filled < start.Length
                       && (read = await stream.ReadAsync(start.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    filled += read;
                }
            }
        }
        catch (IOException)
        {
            // A body cut off mid-way: the status is the answer, and what arrived is kept.
        }
        catch (HttpRequestException)
        {
            // Likewise.
        }
        catch
        {
            // A cancellation or a timeout while reading: the answer goes no further.
            response.Dispose();
            throw;
        }

        ContentReplacement.Replace(response, content, new ByteArrayContent(start, 0, filled));
        return response;
    }
}
