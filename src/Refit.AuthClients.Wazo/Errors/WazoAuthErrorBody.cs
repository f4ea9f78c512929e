using System.Globalization;
using System.Text.Json;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Errors;

/// <summary>
/// What an error body says, whichever of the server's three shapes it has: an API error (<c>message</c>,
/// <c>error_id</c>, <c>details</c>, <c>resource</c>, <c>timestamp</c>), the legacy shape (<c>reason[]</c>,
/// <c>timestamp[]</c>, <c>status_code</c>) or a framework error (<c>message</c> only). Anything else reads as empty.
/// </summary>
internal sealed record WazoAuthErrorBody
{
    public static WazoAuthErrorBody Empty { get; } = new();

    public string? Message { get; private init; }

    public string? ErrorId { get; private init; }

    public JsonElement? Details { get; private init; }

    public string? Resource { get; private init; }

    public DateTimeOffset? Timestamp { get; private init; }

    public IReadOnlyList<string> Reasons { get; private init; } = [];

    public int? StatusCode { get; private init; }

    /// <summary>Reads <paramref name="body"/>; never throws.</summary>
    public static WazoAuthErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement) : Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static WazoAuthErrorBody Read(JsonElement root)
    {
        var reasons = ReadReasons(root);
        var message = StringOf(root, "message");
        return new WazoAuthErrorBody
        {
            Message = message ?? (reasons.Count > 0 ? string.Join("; ", reasons) : null),
            ErrorId = StringOf(root, "error_id"),
            Details = root.TryGetProperty("details", out var details) && details.ValueKind != JsonValueKind.Null ? details.Clone() : null,
            Resource = StringOf(root, "resource"),
            Timestamp = root.TryGetProperty("timestamp", out var timestamp) ? ReadTimestamp(timestamp) : null,
            Reasons = reasons,
            StatusCode = root.TryGetProperty("status_code", out var status) && status.ValueKind == JsonValueKind.Number
                && status.TryGetInt32(out var code) ? code : null,
        };
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> ReadReasons(JsonElement root)
    {
        var reasons = new List<string>();
        if (!root.TryGetProperty("reason", out var reason))
        {
            return reasons;
        }

        if (reason.ValueKind == JsonValueKind.String)
        {
            reasons.Add(reason.GetString()!);
        }
        else if (reason.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in reason.EnumerateArray())
            {
                reasons.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
            }
        }

        return reasons;
    }

    // The API shape sends Unix seconds; the legacy shape a one-item list of them (the spec says strings).
    private static DateTimeOffset? ReadTimestamp(JsonElement timestamp)
    {
        if (timestamp.ValueKind == JsonValueKind.Array)
        {
            return timestamp.GetArrayLength() > 0 ? ReadTimestamp(timestamp[0]) : null;
        }

        if (timestamp.ValueKind == JsonValueKind.Number && timestamp.TryGetDouble(out var seconds))
        {
            return WazoTimestamps.FromUnixSeconds(seconds);
        }

        if (timestamp.ValueKind == JsonValueKind.String)
        {
            var text = timestamp.GetString();
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? WazoTimestamps.FromUnixSeconds(parsed)
                : WazoTimestamps.ParseUtc(text);
        }

        return null;
    }
}
