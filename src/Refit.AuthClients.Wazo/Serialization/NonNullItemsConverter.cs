using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// Reads a list of <typeparamref name="T"/> refusing a null item, which the caller could only trip over later
/// (<c>[null]</c> for a user's e-mail addresses). Items are read and written with the context's own metadata.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class NonNullItemsConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a list of {typeof(T).Name}.");
        }

        var itemInfo = ItemInfo(options);
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonSerializer.Deserialize(ref reader, itemInfo) ?? throw new JsonException($"Item {items.Count} of the list is null."));
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var itemInfo = ItemInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> ItemInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
