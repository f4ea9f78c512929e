using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /users/{user_uuid}/external/mobile/sender_id</c>.</summary>
public sealed record WazoMobileSenderId
{
    /// <summary>The tenant's Firebase Cloud Messaging sender id; null when not configured.</summary>
    [JsonPropertyName("sender_id")]
    public string? SenderId { get; init; }
}
