using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A user connected to an external authentication type.</summary>
public sealed record WazoExternalAuthUser
{
    /// <summary>The user's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }
}
