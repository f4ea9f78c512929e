namespace Refit.AuthClients.Astakos;

/// <summary>Reads the token out of the cookie Astakos sets on login (the url-encoded <c>&lt;uuid&gt;|&lt;token&gt;</c>).</summary>
public static class AstakosCookie
{
    /// <summary>
    /// The token in <paramref name="cookieValue"/>, or null when there is none (no cookie, no <c>|</c>, no token).
    /// The value is percent-decoded; a <c>+</c> stays a <c>+</c>, as tokens may contain it.
    /// </summary>
    /// <param name="cookieValue">The cookie's value as the browser sent it.</param>
    public static string? GetToken(string? cookieValue)
    {
        if (string.IsNullOrEmpty(cookieValue))
        {
            return null;
        }

        var parts = Uri.UnescapeDataString(cookieValue).Split('|');
        return parts.Length >= 2 && parts[1].Length > 0 ? parts[1] : null;
    }
}
