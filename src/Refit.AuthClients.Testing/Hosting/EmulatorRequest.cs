using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>
/// What an emulator handler sees of a request: read completely up front, so that handlers run synchronously under
/// the emulator's lock.
/// </summary>
internal sealed class EmulatorRequest
{
    private EmulatorRequest(HttpRequest request, byte[] body)
    {
        Method = request.Method;
        Path = request.Path.Value ?? "/";
        Query = request.Query;
        Headers = request.Headers;
        RouteValues = request.RouteValues;
        ContentType = request.ContentType;
        RawBody = body;
        RemoteAddress = request.HttpContext.Connection.RemoteIpAddress ?? IPAddress.Loopback;
    }

    public string Method { get; }

    public string Path { get; }

    public IQueryCollection Query { get; }

    public IHeaderDictionary Headers { get; }

    public RouteValueDictionary RouteValues { get; }

    public string? ContentType { get; }

    public byte[] RawBody { get; }

    public IPAddress RemoteAddress { get; }

    public bool HasBody => RawBody.Length > 0;

    /// <param name="context">The request's context.</param>
    /// <param name="bodyNeedsLength">Whether a body sent without <c>Content-Length</c> (chunked) reads as empty, as
    /// for a WSGI application behind a server that passes no length.</param>
    public static async Task<EmulatorRequest> ReadAsync(HttpContext context, bool bodyNeedsLength)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var ignored = bodyNeedsLength && context.Request.ContentLength is null;
        return new EmulatorRequest(context.Request, ignored ? [] : buffer.ToArray());
    }

    /// <summary>The first value of a header, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The first value of a query parameter, or null when absent.</summary>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>A route value as a string.</summary>
    public string Route(string name) =>
        RouteValues.TryGetValue(name, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";

    /// <summary>Parses the body as a URL-encoded form.</summary>
    public Dictionary<string, StringValues> Form() => QueryHelpers.ParseQuery(Encoding.UTF8.GetString(RawBody));

    /// <summary>Parses the body as JSON; see <see cref="JsonBody"/>.</summary>
    public JsonBody Json() => JsonBody.Parse(RawBody);
}
