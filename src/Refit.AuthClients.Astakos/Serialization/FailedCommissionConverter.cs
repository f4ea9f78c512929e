using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>Reads and writes a <see cref="FailedCommission"/> as the service's pair <c>[serial, {"&lt;fault&gt;": {...}}]</c>.</summary>
public sealed class FailedCommissionConverter : JsonConverter<FailedCommission>
{
    /// <inheritdoc />
    public override FailedCommission Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var pair = document.RootElement;
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2 || !pair[0].TryGetInt64(out var serial))
        {
            throw new JsonException("A failed commission must be a pair [serial, fault].");
        }

        var fault = AstakosFault.TryRead(pair[1]) ?? new AstakosFault("unknown", null, pair[1].GetRawText(), null, null);
        return new FailedCommission(serial, fault);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FailedCommission value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Serial);
        writer.WriteStartObject();
        writer.WriteStartObject(value.Fault.Name);
        if (value.Fault.Code is { } code)
        {
            writer.WriteNumber("code", code);
        }

        writer.WriteString("message", value.Fault.Message);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
