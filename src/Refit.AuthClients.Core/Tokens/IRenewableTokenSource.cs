namespace Refit.AuthClients.Tokens;

/// <summary>
/// A token source that can replace its token when the service rejects it (<c>401</c>), so that the call can be
/// sent again with the new one. <see cref="Http.TokenRenewalHandler"/> calls it.
/// </summary>
public interface IRenewableTokenSource : ITokenSource
{
    /// <summary>
    /// Replaces the token if <paramref name="rejectedToken"/> is still the current one; otherwise (another caller
    /// already renewed it) only waits for a renewal under way, if any. Concurrent rejections of one token therefore
    /// cause one renewal.
    /// </summary>
    /// <param name="rejectedToken">The token the service answered <c>401</c> to.</param>
    /// <param name="cancellationToken">Cancels the wait (not a renewal other callers share).</param>
    ValueTask RenewAsync(string rejectedToken, CancellationToken cancellationToken = default);
}
