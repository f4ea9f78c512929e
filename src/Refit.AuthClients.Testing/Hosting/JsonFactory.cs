using System.Text.Json.Nodes;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>Small builders for the JSON documents the emulators answer with.</summary>
internal static class JsonFactory
{
    /// <summary>An object with the given properties in order, null values written as JSON <c>null</c>.</summary>
    public static JsonObject Object(params (string Name, JsonNode? Value)[] properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
        {
            result[name] = value;
        }

        return result;
    }

    /// <summary>An object with the given properties in order, leaving out those whose value is null.</summary>
    public static JsonObject ObjectWithoutNulls(params (string Name, JsonNode? Value)[] properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                result[name] = value;
            }
        }

        return result;
    }

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    public static JsonArray Array(IEnumerable<JsonNode?> values) => new(values.ToArray());
}
