using System.Globalization;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>Parses the server's date-time strings, which come with or without an offset and a fraction.</summary>
internal static class WazoTimestamps
{
    /// <summary>The instant <paramref name="value"/> names, reading a value without offset as UTC; null when unparsable.</summary>
    public static DateTimeOffset? ParseUtc(string? value) =>
        DateTimeOffset.TryParse(
            value,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed)
            ? parsed
            : null;

    /// <summary>Converts Unix seconds (with a fraction) to an instant; null when out of range.</summary>
    public static DateTimeOffset? FromUnixSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            return null;
        }

        var milliseconds = seconds * 1000;
        return milliseconds >= -62135596800000d && milliseconds <= 253402300799999d
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
            : null;
    }
}
