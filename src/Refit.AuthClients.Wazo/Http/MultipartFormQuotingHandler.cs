using System.Net.Http.Headers;

namespace Refit.AuthClients.Wazo.Http;

/// <summary>
/// Writes the <c>Content-Disposition</c> of multipart form parts the way browsers and the reference client do:
/// <c>name</c> and <c>filename</c> quoted, and no <c>filename*</c> for an ASCII file name. .NET leaves them unquoted
/// and adds <c>filename*</c>, which is legal but breaks simpler multipart parsers.
/// </summary>
internal sealed class MultipartFormQuotingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is MultipartFormDataContent form)
        {
            foreach (var part in form)
            {
                Quote(part.Headers.ContentDisposition);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static void Quote(ContentDispositionHeaderValue? disposition)
    {
        if (disposition is null)
        {
            return;
        }

        disposition.Name = Quoted(disposition.Name);
        if (disposition.FileName is { } fileName)
        {
            disposition.FileName = Quoted(fileName);
            if (fileName.All(char.IsAscii))
            {
                disposition.FileNameStar = null;
            }
        }
    }

    private static string? Quoted(string? value) =>
        value is null || (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            ? value
            : $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
