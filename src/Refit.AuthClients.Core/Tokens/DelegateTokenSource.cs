namespace Refit.AuthClients.Tokens;

/// <summary>A token source that asks a delegate for the token of every request.</summary>
public sealed class DelegateTokenSource : ITokenSource
{
    private readonly Func<CancellationToken, ValueTask<string?>> _getToken;

    /// <summary>Creates a source calling <paramref name="getToken"/> for every request.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="getToken"/> is null.</exception>
    public DelegateTokenSource(Func<CancellationToken, ValueTask<string?>> getToken)
    {
        ArgumentNullException.ThrowIfNull(getToken);
        _getToken = getToken;
    }

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => _getToken(cancellationToken);
}
