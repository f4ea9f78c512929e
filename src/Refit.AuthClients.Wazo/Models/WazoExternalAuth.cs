using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>One external authentication of a user, as listed (no sensitive data).</summary>
public sealed record WazoExternalAuth
{
    /// <summary>The external authentication type (<c>google</c>, <c>microsoft</c>, <c>mobile</c>, ...).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Whether the type is enabled.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The non-sensitive data the plugin shows.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    /// <summary>What the plugin says about itself.</summary>
    [JsonPropertyName("plugin_info")]
    public JsonElement? PluginInfo { get; init; }
}
