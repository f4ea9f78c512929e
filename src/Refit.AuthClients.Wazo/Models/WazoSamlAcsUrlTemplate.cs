using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /backends/saml/acs_url_template</c>.</summary>
public sealed record WazoSamlAcsUrlTemplate : IJsonOnDeserialized
{
    /// <summary>The ACS URL to configure in the identity provider, with <c>{{STACK_URL}}</c> to replace by the stack's public URL.</summary>
    [JsonPropertyName("acs_url")]
    public string? AcsUrl { get; init; }

    /// <summary>Refuses an answer without its <c>acs_url</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(AcsUrl, "acs_url", "ACS URL template");
    }
}
