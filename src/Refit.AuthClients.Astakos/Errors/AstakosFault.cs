using System.Text.Json;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// An error object of the service: <c>{"&lt;name&gt;": {"code", "message", "details", "data"}}</c> (e.g.
/// <c>itemNotFound</c>, <c>overLimit</c>), or the OAuth2 form <c>{"error", "exception"}</c>.
/// </summary>
/// <param name="Name">The fault name, e.g. <c>badRequest</c> (the OAuth2 error code for OAuth2 errors).</param>
/// <param name="Code">The status code the fault states.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Details">More about it; often empty.</param>
/// <param name="Data">Structured data, e.g. the provision and limits of an <c>overLimit</c>.</param>
public sealed record AstakosFault(string Name, int? Code, string? Message, string? Details, JsonElement? Data)
{
    /// <summary>Reads a fault from a response body; null when the body is not a fault object. Never throws.</summary>
    public static AstakosFault? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return TryRead(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a fault from a JSON value; null when it is not a fault object. Never throws.</summary>
    public static AstakosFault? TryRead(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
        {
            return new AstakosFault(error.GetString()!, null, Text(element, "exception") ?? Text(element, "error_description"), null, null);
        }

        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object
                && (value.TryGetProperty("message", out _) || value.TryGetProperty("code", out _)))
            {
                var code = value.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : (int?)null;
                var data = value.TryGetProperty("data", out var d) ? d.Clone() : (JsonElement?)null;
                return new AstakosFault(property.Name, code, Text(value, "message"), Text(value, "details"), data);
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
}
