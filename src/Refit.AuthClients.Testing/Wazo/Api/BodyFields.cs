using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>
/// Typed reads of a request body's fields with the server's validation answers: <c>invalid-data</c> (shape a) for
/// most resources, the legacy <c>Invalid value supplied for field</c> (shape b) for policies.
/// </summary>
internal sealed class BodyFields(JsonObject body, WazoErrors errors, string resource, bool legacyErrors = false)
{
    public bool Has(string name) => body.ContainsKey(name);

    /// <summary>Whether the field is present with a non-null value.</summary>
    public bool HasValue(string name) => body[name] is not null;

    public string? String(string name, int minLength = 0, int maxLength = int.MaxValue, bool required = false)
    {
        var node = Present(name, required);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid(name, "type", "Not a valid string.");
        }

        var value = node.GetValue<string>();
        return value.Length >= minLength && value.Length <= maxLength
            ? value
            : throw Invalid(name, "length", string.Create(CultureInfo.InvariantCulture, $"Length must be between {minLength} and {maxLength}."));
    }

    public string? OneOf(string name, params string[] allowed)
    {
        var value = String(name);
        return value is null || allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Invalid(name, "one_of", $"Must be one of: {string.Join(", ", allowed)}.");
    }

    public bool? Bool(string name)
    {
        var node = Present(name, required: false);
        return node?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(name, "type", "Not a valid boolean."),
        };
    }

    public Guid? Uuid(string name)
    {
        var value = String(name);
        if (value is null)
        {
            return null;
        }

        return UuidRouteConstraint.IsUuid(value) ? Guid.Parse(value) : throw Invalid(name, "type", "Not a valid UUID.");
    }

    public List<string>? Strings(string name, bool unique = false)
    {
        var node = Present(name, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array || array.Any(item => item?.GetValueKind() != JsonValueKind.String))
        {
            throw Invalid(name, "type", "Not a valid list.");
        }

        var values = array.Select(item => item!.GetValue<string>());
        return (unique ? values.Distinct(StringComparer.Ordinal) : values).ToList();
    }

    public JsonObject? Object(string name)
    {
        var node = Present(name, required: false);
        return node is null ? null : node as JsonObject ?? throw Invalid(name, "type", "Not a valid mapping type.");
    }

    public ReplyException Invalid(string field, string constraint, string message) =>
        legacyErrors
            ? errors.Legacy(400, $"Invalid value supplied for field: {field}")
            : errors.Api(400, message, "invalid-data",
                JsonFactory.Object((field, JsonFactory.Object(("constraint_id", constraint), ("message", message)))), resource);

    private JsonNode? Present(string name, bool required)
    {
        var node = body[name];
        return node is null && required ? throw Invalid(name, "required", "Missing data for required field.") : node;
    }
}
