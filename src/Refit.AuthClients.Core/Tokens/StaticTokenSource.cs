namespace Refit.AuthClients.Tokens;

/// <summary>A token source that always returns the same token (or none).</summary>
public sealed class StaticTokenSource : ITokenSource
{
    /// <summary>A source that never supplies a token: requests go out anonymous.</summary>
    public static StaticTokenSource None { get; } = new(null);

    private readonly string? _token;

    /// <summary>Creates a source returning <paramref name="token"/>; null or empty means no token.</summary>
    public StaticTokenSource(string? token) => _token = string.IsNullOrEmpty(token) ? null : token;

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => new(_token);

    /// <summary>Never shows the token.</summary>
    public override string ToString() => _token is null ? "StaticTokenSource(none)" : "StaticTokenSource(***)";
}
