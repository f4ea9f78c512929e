using System.Net;
using Polly;
using Polly.Extensions.Http;

namespace Refit.AuthClients.Retry;

/// <summary>
/// The transient-error retry policies of a client, built once: one for requests that may be repeated (idempotent
/// methods and read-only POSTs marked safe) and one for the rest, which are retried only when the connection was
/// refused, so that a commission or a token is never issued twice.
/// </summary>
public sealed class TransientRetryPolicy
{
    private readonly IAsyncPolicy<HttpResponseMessage> _repeatable;
    private readonly IAsyncPolicy<HttpResponseMessage> _unrepeatable;

    /// <summary>Creates the policies.</summary>
    /// <param name="retryCount">Retries after the first attempt; 0 disables retrying.</param>
    /// <param name="delays">The waits between attempts.</param>
    /// <param name="neverRetried">Statuses the service says must never be retried.</param>
    public TransientRetryPolicy(int retryCount, RetryDelays delays, IReadOnlySet<HttpStatusCode>? neverRetried = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retryCount);
        ArgumentNullException.ThrowIfNull(delays);
        if (retryCount == 0)
        {
            _repeatable = _unrepeatable = Policy.NoOpAsync<HttpResponseMessage>();
            return;
        }

        _repeatable = WithRetries(HandledForRepeatable(neverRetried), retryCount, delays);
        _unrepeatable = WithRetries(Policy<HttpResponseMessage>.Handle<HttpRequestException>(RetryRules.NeverReachedServer), retryCount, delays);
    }

    /// <summary>The policy for <paramref name="request"/>.</summary>
    public IAsyncPolicy<HttpResponseMessage> For(HttpRequestMessage request) =>
        RetryRules.IsRepeatable(request) ? _repeatable : _unrepeatable;

    private static PolicyBuilder<HttpResponseMessage> HandledForRepeatable(IReadOnlySet<HttpStatusCode>? neverRetried)
    {
        if (neverRetried is null || !neverRetried.Any(RetryRules.IsTransientStatus))
        {
            return HttpPolicyExtensions.HandleTransientHttpError()
                .OrResult(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        }

        // The service flags a status of the transient set as final: the stock predicate cannot leave it out.
        return Policy<HttpResponseMessage>.Handle<HttpRequestException>()
            .OrResult(r => RetryRules.IsTransientStatus(r.StatusCode) && !neverRetried.Contains(r.StatusCode));
    }

    private static Polly.Retry.AsyncRetryPolicy<HttpResponseMessage> WithRetries(PolicyBuilder<HttpResponseMessage> handled, int retryCount, RetryDelays delays) =>
        handled.WaitAndRetryAsync(
            retryCount,
            (attempt, outcome, _) => delays.For(attempt, outcome.Result),
            (outcome, _, _, _) =>
            {
                // The failed answer is dropped: nobody else will dispose it.
                outcome.Result?.Dispose();
                return Task.CompletedTask;
            });
}
