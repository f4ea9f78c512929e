using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>GET /backends/saml/acs_url_template</c>.</summary>
public sealed record WazoSamlAcsUrlTemplate
{
    /// <summary>The ACS URL to configure in the identity provider, with <c>{{STACK_URL}}</c> to replace by the stack's public URL.</summary>
    [JsonPropertyName("acs_url")]
    public string? AcsUrl { get; init; }
}
