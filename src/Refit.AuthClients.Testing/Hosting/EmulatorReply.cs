using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>An answer computed under an emulator's lock and written afterwards.</summary>
internal sealed class EmulatorReply
{
    public EmulatorReply(int status, JsonNode? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    /// <summary>The JSON body; none is written when null (unless <see cref="Text"/> is set).</summary>
    public JsonNode? Body { get; }

    /// <summary>A non-JSON body with its content type, used instead of <see cref="Body"/>.</summary>
    public (string ContentType, string Content)? Text { get; init; }

    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public static EmulatorReply Json(int status, JsonNode? body) => new(status, body);

    public static EmulatorReply Empty(int status) => new(status);

    public EmulatorReply WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }

    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        byte[]? payload = null;
        if (Body is not null)
        {
            response.ContentType = "application/json";
            payload = Encoding.UTF8.GetBytes(Body.ToJsonString());
        }
        else if (Text is { } text)
        {
            response.ContentType = text.ContentType;
            payload = Encoding.UTF8.GetBytes(text.Content);
        }

        if (payload is null)
        {
            response.ContentLength = 0;
            return;
        }

        response.ContentLength = payload.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(payload, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
