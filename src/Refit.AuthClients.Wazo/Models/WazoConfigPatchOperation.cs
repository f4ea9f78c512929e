using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// One JSON Patch operation of <c>PATCH /config</c>. Servers accept only <c>replace</c> on <c>/debug</c> and
/// <c>/profiling_enabled</c> with a boolean value; changes do not survive a restart.
/// </summary>
public sealed record WazoConfigPatchOperation
{
    /// <summary>The operation; <c>replace</c>.</summary>
    [JsonPropertyName("op")]
    public required string Op { get; init; }

    /// <summary>The JSON pointer of the setting, e.g. <c>/debug</c>.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>The new value.</summary>
    [JsonPropertyName("value")]
    public required JsonElement Value { get; init; }

    /// <summary>A <c>replace</c> of the boolean setting at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    public static WazoConfigPatchOperation Replace(string path, bool value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var document = JsonDocument.Parse(value ? "true" : "false");
        return new WazoConfigPatchOperation { Op = "replace", Path = path, Value = document.RootElement.Clone() };
    }
}
