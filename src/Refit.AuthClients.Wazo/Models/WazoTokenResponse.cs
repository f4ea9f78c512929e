using System.Text.Json;
using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>POST /token</c> and <c>GET /token/{token}</c>: the token under <c>data</c>.</summary>
public sealed record WazoTokenResponse : IJsonOnDeserialized
{
    /// <summary>The token.</summary>
    [JsonPropertyName("data")]
    public WazoToken? Data { get; init; }

    /// <summary>Refuses an answer without token data, or whose token data lacks <c>token</c> or <c>auth_id</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (WazoTokenAnswer.Problem(this) is { } problem)
        {
            throw new JsonException(problem);
        }
    }
}
