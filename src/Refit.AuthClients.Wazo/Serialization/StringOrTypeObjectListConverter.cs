using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// Reads a list whose items are strings (what the server sends for <c>GET /idp</c>) or objects holding the string
/// under <c>type</c> (what the spec describes).
/// </summary>
internal sealed class StringOrTypeObjectListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a list of identity provider types.");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
                continue;
            }

            using var item = JsonDocument.ParseValue(ref reader);
            if (item.RootElement.ValueKind == JsonValueKind.Object
                && item.RootElement.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.String)
            {
                items.Add(type.GetString()!);
            }
            else
            {
                throw new JsonException("An identity provider type must be a string or an object with a string 'type'.");
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        StringListWriter.Write(writer, value);
}
