namespace Refit.AuthClients.Tokens;

/// <summary>
/// Supplies the auth token that <see cref="Http.TokenInjectionHandler"/> puts on outgoing requests.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: one source serves every concurrent request of a client.
/// </remarks>
public interface ITokenSource
{
    /// <summary>Returns the token to send, or <see langword="null"/> to send the request without one.</summary>
    /// <param name="cancellationToken">Cancels the wait for a token.</param>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
