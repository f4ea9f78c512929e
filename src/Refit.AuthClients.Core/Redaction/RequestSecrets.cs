using System.Text;

namespace Refit.AuthClients.Redaction;

/// <summary>
/// Removes a request's own secrets from text the service sent back: servers echo the token they refused
/// (wazo-auth's <c>details.invalid_token</c>), and an error body must not carry it into exceptions or logs.
/// </summary>
public static class RequestSecrets
{
    // Shorter values would mask ordinary words; no real token or password is this short.
    private const int MinimumSecretLength = 4;

    private static readonly string[] SecretHeaderWords = ["auth", "token", "secret", "password", "key", "credential", "cookie"];

    /// <summary>
    /// <paramref name="text"/> with every secret of <paramref name="request"/> masked: token and secret header
    /// values, Basic credentials (encoded and decoded), token path segments and secret query values, each also in
    /// the forms a server may echo it in (URL-encoded, JSON-escaped, Base64). A text cut off at a bound may end with
    /// the start of a secret: that start is masked too.
    /// </summary>
    public static string? Scrub(string? text, HttpRequestMessage? request)
    {
        if (string.IsNullOrEmpty(text) || request is null)
        {
            return text;
        }

        foreach (var raw in Collect(request))
        {
            if (raw.Length < MinimumSecretLength)
            {
                continue;
            }

            foreach (var secret in Forms(raw))
            {
                text = MaskCutStart(text.Replace(secret, Redactor.Mask, StringComparison.Ordinal), secret);
            }
        }

        return text;
    }

    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        yield return Uri.EscapeDataString(secret);
        yield return System.Net.WebUtility.UrlEncode(secret);
        yield return secret.Replace("/", "\\/", StringComparison.Ordinal);
        yield return System.Text.Json.JsonEncodedText.Encode(secret).ToString();
        yield return System.Text.Json.JsonEncodedText.Encode(secret, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        yield return Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
    }

    // The longest start of the secret (of the shortest length still worth masking) that the text ends with.
    private static string MaskCutStart(string text, string secret)
    {
        for (var length = Math.Min(secret.Length - 1, text.Length); length >= MinimumSecretLength; length--)
        {
            if (text.AsSpan(text.Length - length).SequenceEqual(secret.AsSpan(0, length)))
            {
                return string.Concat(text.AsSpan(0, text.Length - length), Redactor.Mask);
            }
        }

        return text;
    }

    private static IEnumerable<string> Collect(HttpRequestMessage request)
    {
        foreach (var header in request.Headers)
        {
            var isAuthorization = string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase);
            if (!isAuthorization && !IsSecretHeader(header.Key))
            {
                continue;
            }

            foreach (var value in header.Value)
            {
                yield return value;
                var space = value.IndexOf(' ', StringComparison.Ordinal);
                if (isAuthorization && space > 0)
                {
                    var parameter = value[(space + 1)..].Trim();
                    yield return parameter;
                    foreach (var decoded in DecodeBasic(value[..space], parameter))
                    {
                        yield return decoded;
                    }
                }
            }
        }

        if (request.RequestUri is not { } uri)
        {
            yield break;
        }

        var absolute = uri.IsAbsoluteUri ? uri : new Uri(new Uri("http://placeholder/"), uri);
        foreach (var token in Redactor.TokensInPath(absolute.AbsolutePath))
        {
            yield return token;
            yield return Uri.UnescapeDataString(token);
        }

        foreach (var pair in absolute.Query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && Redactor.IsSecretName(Uri.UnescapeDataString(pair[..equals])))
            {
                yield return pair[(equals + 1)..];
                yield return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }
    }

    // Narrower than the query names: a header such as Wazo-Session-Type names no secret.
    private static bool IsSecretHeader(string name) =>
        SecretHeaderWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> DecodeBasic(string scheme, string parameter)
    {
        if (!string.Equals(scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = credentials.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? [credentials] : [credentials, credentials[(colon + 1)..]];
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
