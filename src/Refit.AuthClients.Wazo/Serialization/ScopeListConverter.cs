using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// Reads OAuth scopes given either as a list of strings (what the server sends) or as one space-separated string
/// (what the spec describes; RFC 6749 scopes never contain spaces).
/// </summary>
internal sealed class ScopeListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a scope string or a list of scopes.");
        }

        var scopes = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("A scope must be a string.");
            }

            scopes.Add(reader.GetString()!);
        }

        return scopes;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        StringListWriter.Write(writer, value);
}
