using System.Text.Json;
using System.Text.Json.Nodes;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>The outcome of parsing a request body as JSON: empty, not JSON, or a JSON value (possibly <c>null</c>).</summary>
internal readonly struct JsonBody
{
    private JsonBody(bool isEmpty, bool isValid, JsonNode? node)
    {
        IsEmpty = isEmpty;
        IsValid = isValid;
        Node = node;
    }

    public bool IsEmpty { get; }

    public bool IsValid { get; }

    public JsonNode? Node { get; }

    /// <summary>The body as an object, or null when it is empty, invalid or another JSON value.</summary>
    public JsonObject? Object => Node as JsonObject;

    public static JsonBody Parse(byte[] raw)
    {
        if (raw.Length == 0 || raw.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return new JsonBody(isEmpty: true, isValid: false, node: null);
        }

        try
        {
            return new JsonBody(isEmpty: false, isValid: true, JsonNode.Parse(raw));
        }
        catch (JsonException)
        {
            return new JsonBody(isEmpty: false, isValid: false, node: null);
        }
    }
}
