using System.Text;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>Turns a JSON body into bytes that are not UTF-8, where a client has to decode them.</summary>
public static class InvalidUtf8
{
    // 0xC3 announces a two-byte sequence; 0x28 cannot continue it.
    private static readonly byte[] Broken = [0xC3, 0x28];

    /// <summary>
    /// The body with the first two bytes of its first string value (after <c>":"</c>) replaced by an invalid
    /// sequence; a body without a string value gets the sequence right after its first byte.
    /// </summary>
    public static byte[] Corrupt(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        var value = json.IndexOf("\":\"", StringComparison.Ordinal);
        if (value >= 0 && value + 5 < json.Length && json[value + 3] != '"' && json[value + 4] != '"')
        {
            var at = Encoding.UTF8.GetByteCount(json.AsSpan(0, value + 3));
            Broken.CopyTo(bytes, at);
            return bytes;
        }

        return [.. bytes.AsSpan(0, 1), .. Broken, .. bytes.AsSpan(1)];
    }
}
