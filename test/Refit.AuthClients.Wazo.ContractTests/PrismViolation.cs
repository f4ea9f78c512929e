using System.Text.Json;

namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>
/// One thing Prism found wrong with a request: from the <c>validation</c> list of its problem document (422), from
/// its <c>sl-violations</c> header (when the spec defines the error status itself), or a security refusal (401).
/// </summary>
internal sealed record PrismViolation(string Location, string Code, string Severity, string Message)
{
    /// <summary>Location and code, e.g. <c>body.emails.0:required</c>: what a known spec defect names.</summary>
    public string Key => $"{Location}:{Code}";

    public bool IsError => string.Equals(Severity, "Error", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Key} ({Severity}) {Message}";

    /// <summary>Reads the violations of a Prism answer; none for an answer Prism was happy with.</summary>
    public static IReadOnlyList<PrismViolation> Read(HttpResponseMessage response, string? body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var violations = new List<PrismViolation>();
        if (response.Headers.TryGetValues("sl-violations", out var headers))
        {
            foreach (var header in headers)
            {
                violations.AddRange(FromArray(Parse(header)));
            }
        }

        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json" && Parse(body) is { ValueKind: JsonValueKind.Object } problem)
        {
            if (problem.TryGetProperty("validation", out var validation))
            {
                violations.AddRange(FromArray(validation));
            }
            else
            {
                var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : body;
                violations.Add(new PrismViolation("request", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), "Error", detail ?? string.Empty));
            }
        }

        return violations;
    }

    private static IEnumerable<PrismViolation> FromArray(JsonElement? array)
    {
        if (array is not { ValueKind: JsonValueKind.Array } items)
        {
            yield break;
        }

        foreach (var item in items.EnumerateArray())
        {
            var location = item.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Select(segment => segment.ToString()).ToList()
                : [];
            // The header says ["request", "body", ...] where the problem document says ["body", ...].
            if (location.Count > 1 && location[0] == "request")
            {
                location.RemoveAt(0);
            }

            yield return new PrismViolation(
                string.Join('.', location),
                item.TryGetProperty("code", out var code) ? code.ToString() : "?",
                item.TryGetProperty("severity", out var severity) ? severity.ToString() : "Error",
                item.TryGetProperty("message", out var message) ? message.ToString() : string.Empty);
        }
    }

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
