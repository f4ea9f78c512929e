using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A user to associate with an identity provider type.</summary>
public sealed record WazoIdpUser
{
    /// <summary>The user's UUID.</summary>
    [JsonPropertyName("uuid")]
    public required string Uuid { get; init; }
}
