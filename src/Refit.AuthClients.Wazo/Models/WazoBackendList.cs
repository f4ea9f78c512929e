using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /backends</c>.</summary>
public sealed record WazoBackendList : IJsonOnDeserialized
{
    /// <summary>The names of the enabled authentication backends.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<string> Data { get; init; } = [];

    /// <summary>Refuses an answer without its <c>data</c> list, or with a null name in it.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireItems(Data, "data", "backend list");
    }
}
