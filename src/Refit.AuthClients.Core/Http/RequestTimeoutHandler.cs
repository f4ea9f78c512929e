namespace Refit.AuthClients.Http;

/// <summary>
/// Bounds a whole call (every retry included) to a time limit and reports running out of it as a
/// <see cref="TimeoutException"/>, so that a timeout can never be mistaken for the caller's cancellation.
/// </summary>
/// <remarks>The <see cref="HttpClient"/> itself is given an infinite timeout: this handler replaces it.</remarks>
public sealed class RequestTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;

    /// <summary>Creates the handler; <see cref="Timeout.InfiniteTimeSpan"/> disables the limit.</summary>
    public RequestTimeoutHandler(TimeSpan timeout)
    {
        if (timeout != Timeout.InfiniteTimeSpan && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive or infinite.");
        }

        _timeout = timeout;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_timeout == Timeout.InfiniteTimeSpan)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(_timeout);
        try
        {
            return await base.SendAsync(request, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No answer within {_timeout.TotalSeconds:0.###} s.", ex);
        }
    }
}
