using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of an OAuth authorization request (google, microsoft): where the user must consent.</summary>
public sealed record WazoOAuthAuthorization
{
    /// <summary>The provider URL the user must open to grant access.</summary>
    [JsonPropertyName("authorization_url")]
    public string? AuthorizationUrl { get; init; }

    /// <summary>The OAuth state of the request.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>The URL the spec documents instead of <see cref="AuthorizationUrl"/>; servers send <c>authorization_url</c>.</summary>
    [JsonPropertyName("verification_url")]
    public string? VerificationUrl { get; init; }
}
