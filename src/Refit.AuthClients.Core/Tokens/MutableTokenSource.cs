namespace Refit.AuthClients.Tokens;

/// <summary>A token source whose token can be replaced at any time, from any thread.</summary>
public sealed class MutableTokenSource : ITokenSource
{
    private volatile string? _token;

    /// <summary>Creates a source starting with <paramref name="token"/> (null or empty: none).</summary>
    public MutableTokenSource(string? token = null) => Set(token);

    /// <summary>Replaces the token; null or empty removes it.</summary>
    public void Set(string? token) => _token = string.IsNullOrEmpty(token) ? null : token;

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => new(_token);

    /// <summary>Never shows the token.</summary>
    public override string ToString() => _token is null ? "MutableTokenSource(none)" : "MutableTokenSource(***)";
}
