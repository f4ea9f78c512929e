namespace Refit.AuthClients.Http;

/// <summary>Swaps a response's content for another that keeps its headers, its length aside.</summary>
internal static class ContentReplacement
{
    /// <summary>
    /// Puts <paramref name="replacement"/> in place of the response's content, with every content header of the old
    /// one but <c>Content-Length</c> (the replacement tells its own), and disposes the old content.
    /// </summary>
    public static void Replace(HttpResponseMessage response, HttpContent content, HttpContent replacement)
    {
        foreach (var header in content.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content = replacement;
        content.Dispose();
    }
}
