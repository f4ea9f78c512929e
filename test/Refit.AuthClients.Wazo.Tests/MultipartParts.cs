namespace Refit.AuthClients.Wazo.Tests;

/// <summary>Reads the parts of a multipart request body by name.</summary>
internal static class MultipartParts
{
    public sealed record Part(string Disposition, string? FileName, string? MediaType, string Text);

    public static IReadOnlyDictionary<string, Part> Of(HttpRequestMessage request)
    {
        var parts = new Dictionary<string, Part>();
        if (request.Content is not MultipartFormDataContent multipart)
        {
            return parts;
        }

        foreach (var part in multipart)
        {
            var disposition = part.Headers.ContentDisposition!;
            parts[disposition.Name!.Trim('"')] = new Part(
                disposition.ToString(),
                disposition.FileName?.Trim('"'),
                part.Headers.ContentType?.MediaType,
                part.ReadAsStringAsync().GetAwaiter().GetResult());
        }

        return parts;
    }
}
