using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>An OAuth access token wazo-auth holds for a user (google, microsoft).</summary>
public sealed record WazoOAuthToken
{
    /// <summary>The provider's access token.</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>When the access token expires (Unix seconds).</summary>
    [JsonPropertyName("token_expiration")]
    public long? TokenExpiration { get; init; }

    /// <summary>The scopes granted (read from a list or a space-separated string); empty, never null, when the answer has none.</summary>
    [JsonPropertyName("scope")]
    [JsonConverter(typeof(ScopeListConverter))]
    public IReadOnlyList<string> Scope { get; init => field = value ?? []; } = [];

    /// <summary>Describes the token without its value.</summary>
    public override string ToString() =>
        $"{nameof(WazoOAuthToken)} {{ AccessToken = {Secret.Mask(AccessToken)}, TokenExpiration = {TokenExpiration}, Scope = [{string.Join(", ", Scope)}] }}";
}
