using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /users/{user_uuid}/external/google</c> and <c>.../microsoft</c>.</summary>
public sealed record WazoOAuthAuthorizationRequest
{
    /// <summary>The scopes to request; the plugin's defaults when null.</summary>
    [JsonPropertyName("scope")]
    public IReadOnlyList<string>? Scope { get; init; }
}
