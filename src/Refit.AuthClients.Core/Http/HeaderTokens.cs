namespace Refit.AuthClients.Http;

/// <summary>Which tokens can travel in a header.</summary>
public static class HeaderTokens
{
    /// <summary>
    /// Whether <paramref name="token"/> can be sent in a header: visible ASCII only, no space. Tokens are added without
    /// validation (they are opaque), so a CR or LF in one would otherwise start a header of its own.
    /// </summary>
    public static bool IsSendable(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return !token.AsSpan().ContainsAnyExceptInRange('!', '~');
    }
}
