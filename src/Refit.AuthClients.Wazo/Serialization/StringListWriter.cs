using System.Text.Json;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>Writes a list of strings as a JSON array, for the converters that read lenient shapes.</summary>
internal static class StringListWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
