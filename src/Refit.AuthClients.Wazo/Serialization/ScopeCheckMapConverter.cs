using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// Reads the result of a scope check: one object mapping each scope to a boolean (what the server sends), or a
/// list of such objects (what the spec describes), merged into one map.
/// </summary>
internal sealed class ScopeCheckMapConverter : JsonConverter<IReadOnlyDictionary<string, bool>>
{
    public override IReadOnlyDictionary<string, bool> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var scopes = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            ReadObject(ref reader, scopes);
            return scopes;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an object mapping scopes to booleans.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Expected objects mapping scopes to booleans.");
            }

            ReadObject(ref reader, scopes);
        }

        return scopes;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, bool> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (scope, allowed) in value)
        {
            writer.WriteBoolean(scope, allowed);
        }

        writer.WriteEndObject();
    }

    private static void ReadObject(ref Utf8JsonReader reader, Dictionary<string, bool> scopes)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var scope = reader.GetString()!;
            reader.Read();
            scopes[scope] = reader.TokenType switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                _ => throw new JsonException($"The check result of scope '{scope}' is not a boolean."),
            };
        }
    }
}
