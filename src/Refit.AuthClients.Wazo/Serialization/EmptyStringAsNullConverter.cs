using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// Treats an empty string as null both ways, for a field whose "none" is null on the server but <c>''</c> in the spec
/// (LDAP <c>protocol_security</c>): reads <c>""</c> as null and writes <c>""</c> as <c>null</c>. Null itself is left to
/// the serializer (and the property's ignore condition).
/// </summary>
internal sealed class EmptyStringAsNullConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString() is { Length: > 0 } text ? text : null
            : throw new JsonException("Expected a string or null.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Length == 0)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
