using System.Text;

namespace Refit.AuthClients.Redaction;

/// <summary>
/// Masks secrets in what the SDK reports: the token of token endpoints (<c>/token/{token}</c>,
/// <c>/tokens/{token}</c>), the values of secret query parameters, and user-info credentials.
/// </summary>
public static class Redactor
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>How a secret shows in <c>ToString</c>: <see cref="Mask"/> when a value is set, empty otherwise.</summary>
    public static string MaskValue(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Mask;

    private static readonly string[] SecretQueryWords =
        ["token", "pass", "pwd", "secret", "key", "code", "assertion", "auth", "credential", "session", "sig", "jwt", "bearer", "otp", "saml"];

    /// <summary>The path and query of <paramref name="uri"/> with secrets masked; no scheme, host or credentials.</summary>
    public static string RedactPathAndQuery(Uri? uri)
    {
        if (uri is null)
        {
            return "/";
        }

        if (!uri.IsAbsoluteUri)
        {
            uri = new Uri(new Uri("http://placeholder/"), uri);
        }

        var path = RedactPath(uri.AbsolutePath);
        var query = RedactQuery(uri.Query);
        return query.Length == 0 ? path : path + query;
    }

    /// <summary>A URI fit for a log line: scheme, host, port and the redacted path and query; never user info.</summary>
    public static string RedactUri(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return RedactPathAndQuery(uri);
        }

        return $"{uri.Scheme}://{uri.Authority}{RedactPathAndQuery(uri)}";
    }

    /// <summary>
    /// Masks the token of a token path: the segment that follows a <c>token</c> segment, and everything that follows
    /// a <c>tokens</c> segment (an Astakos token id may itself contain <c>/</c>).
    /// </summary>
    public static string RedactPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/');
        foreach (var (index, toEnd) in TokenSegments(segments))
        {
            if (toEnd)
            {
                return string.Join('/', segments, 0, index) + "/" + Mask;
            }

            segments[index] = Mask;
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// The tokens a path carries, as sent: the segment after <c>token</c>, or all that follows <c>tokens/</c>.
    /// </summary>
    public static IEnumerable<string> TokensInPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/');
        return TokenSegments(segments).Select(token =>
            token.ToEnd ? string.Join('/', segments, token.Index, segments.Length - token.Index) : segments[token.Index]);
    }

    // Where tokens start, and whether they run to the end of the path. What follows "tokens/" is the token even when
    // it starts with '/' (an Astakos token id may), as long as something follows at all.
    private static IEnumerable<(int Index, bool ToEnd)> TokenSegments(string[] segments)
    {
        for (var i = 1; i < segments.Length; i++)
        {
            if (string.Equals(segments[i - 1], "tokens", StringComparison.OrdinalIgnoreCase))
            {
                if (segments.AsSpan(i).ContainsAnyExcept(string.Empty))
                {
                    yield return (i, true);
                }

                yield break;
            }

            if (segments[i].Length > 0 && string.Equals(segments[i - 1], "token", StringComparison.OrdinalIgnoreCase))
            {
                yield return (i, false);
            }
        }
    }

    /// <summary>
    /// Masks the values of query parameters whose name speaks of a token, password, secret, key, code, credential,
    /// session, signature or one-time password.
    /// </summary>
    public static string RedactQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(query.Length);
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            builder.Append(builder.Length == 0 ? '?' : '&');
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            if (equals >= 0 && IsSecretName(Uri.UnescapeDataString(name)))
            {
                builder.Append(name).Append('=').Append(Mask);
            }
            else
            {
                builder.Append(pair);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a parameter or header name speaks of a secret.</summary>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var word in SecretQueryWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
