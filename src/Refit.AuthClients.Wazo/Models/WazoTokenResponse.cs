using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>POST /token</c> and <c>GET /token/{token}</c>: the token under <c>data</c>.</summary>
public sealed record WazoTokenResponse
{
    /// <summary>The token.</summary>
    [JsonPropertyName("data")]
    public WazoToken? Data { get; init; }
}
