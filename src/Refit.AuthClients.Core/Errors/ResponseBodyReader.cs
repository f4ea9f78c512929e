using System.Text;

namespace Refit.AuthClients.Errors;

/// <summary>Reads the start of a response body for error reports, never more than a bounded size.</summary>
public static class ResponseBodyReader
{
    /// <summary>The most characters of a body kept in an error.</summary>
    public const int MaxBodyChars = 4096;

    private static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads at most <see cref="MaxBodyChars"/> characters of <paramref name="content"/>; null when there is none.</summary>
    public static async Task<string?> ReadBoundedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // UTF-8 uses at most 4 bytes a character: this many bytes always hold MaxBodyChars characters.
            var buffer = new byte[MaxBodyChars * 4];
            var filled = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);

            if (filled == 0)
            {
                return string.Empty;
            }

            return Bound(EncodingOf(content).GetString(buffer, 0, filled));
        }
    }

    /// <summary>
    /// Like <see cref="ReadBoundedAsync"/> for a body already read into memory, whose stream a reader may have closed.
    /// </summary>
    public static async Task<string?> ReadBufferedBoundedAsync(HttpContent? content)
    {
        if (content is null)
        {
            return null;
        }

        var bytes = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return Bound(EncodingOf(content).GetString(bytes, 0, Math.Min(bytes.Length, MaxBodyChars * 4)));
    }

    // The charset the answer names (ISO-8859-1 error pages exist), else UTF-8 that never throws on bad bytes.
    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"', ' ');
        if (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Lenient;
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An unknown charset, or one .NET refuses (UTF-7).
            return Lenient;
        }
    }

    // Cut at MaxBodyChars, never between the two halves of a character outside the BMP.
    private static string Bound(string text)
    {
        if (text.Length <= MaxBodyChars)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxBodyChars - 1]) ? MaxBodyChars - 1 : MaxBodyChars;
        return text[..length];
    }
}
