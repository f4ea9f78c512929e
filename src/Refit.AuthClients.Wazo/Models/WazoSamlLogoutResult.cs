using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /saml/logout</c>.</summary>
public sealed record WazoSamlLogoutResult : IJsonOnDeserialized
{
    /// <summary>The identity provider URL the browser must open to log out (read case-insensitively).</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>Refuses an answer without the <c>location</c> to open.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(Location, "location", "SAML logout");
    }
}
