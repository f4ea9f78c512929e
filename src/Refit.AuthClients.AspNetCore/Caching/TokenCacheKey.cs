using System.Security.Cryptography;
using System.Text;

namespace Refit.AuthClients.AspNetCore;

/// <summary>The cache key of a token's validation: a SHA-256 of the token (and its context), never the token itself.</summary>
internal static class TokenCacheKey
{
    private const string Prefix = "Refit.AuthClients:token:";

    /// <summary>The key for <paramref name="token"/> validated by scheme <paramref name="scheme"/> in <paramref name="context"/> (e.g. a tenant).</summary>
    public static string For(string scheme, string token, string? context)
    {
        // Each part is length-prefixed, so that no two different inputs hash the same text.
        var material = $"{scheme.Length}:{scheme}|{token.Length}:{token}|{context?.Length ?? -1}:{context}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Prefix + Convert.ToHexString(hash);
    }
}
