using System.Net.Http.Headers;

namespace Refit.AuthClients.Retry;

/// <summary>How long to wait before a retry: the service's <c>Retry-After</c>, else exponential backoff with jitter.</summary>
public sealed class RetryDelays
{
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;

    /// <summary>Creates the delay rule.</summary>
    /// <param name="baseDelay">The first backoff delay.</param>
    /// <param name="maxDelay">The cap of every delay, <c>Retry-After</c> included.</param>
    public RetryDelays(TimeSpan baseDelay, TimeSpan maxDelay)
    {
        _baseDelay = baseDelay < TimeSpan.Zero ? TimeSpan.Zero : baseDelay;
        _maxDelay = maxDelay < TimeSpan.Zero ? TimeSpan.Zero : maxDelay;
    }

    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based) after <paramref name="response"/>.</summary>
    public TimeSpan For(int attempt, HttpResponseMessage? response)
    {
        var requested = FromRetryAfter(response?.Headers.RetryAfter);
        if (requested is { } wait)
        {
            return wait < _maxDelay ? wait : _maxDelay;
        }

        var exponent = Math.Min(Math.Max(attempt - 1, 0), 16);
        var backoff = _baseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        // Full jitter on half of the delay keeps clients that failed together from retrying together.
        var jittered = (backoff / 2) + (Random.Shared.NextDouble() * backoff / 2);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, _maxDelay.TotalMilliseconds));
    }

    private static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
