using System.Text;
using System.Text.Json;
using Refit.AuthClients.Redaction;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>The answer of the OAuth2 token endpoint.</summary>
public sealed record OAuth2Token
{
    /// <summary>The access token.</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>The token type (<c>Bearer</c>).</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>The lifetime of the token in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    /// <summary>Fields not modelled above.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }

    // ToString shows the token masked, and only the names of the other fields (a refresh token may be one of them).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessToken = ").Append(Redactor.MaskValue(AccessToken)).Append(", TokenType = ").Append(TokenType)
            .Append(", ExpiresIn = ").Append(ExpiresIn)
            .Append(", AdditionalFields = [").AppendJoin(", ", AdditionalFields?.Keys ?? []).Append(']');
        return true;
    }
}
