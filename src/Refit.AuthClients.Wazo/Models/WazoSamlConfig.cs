using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A tenant's SAML configuration.</summary>
public sealed record WazoSamlConfig : IJsonOnDeserialized
{
    /// <summary>The tenant domain the SAML backend serves.</summary>
    [JsonPropertyName("domain_uuid")]
    public string? DomainUuid { get; init; }

    /// <summary>The SAML entity id.</summary>
    [JsonPropertyName("entity_id")]
    public string? EntityId { get; init; }

    /// <summary>The assertion consumer service URL configured in the identity provider.</summary>
    [JsonPropertyName("acs_url")]
    public string? AcsUrl { get; init; }

    /// <summary>The tenant the configuration belongs to.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>Refuses a configuration without the fields the spec requires: <c>domain_uuid</c>, <c>entity_id</c> and <c>acs_url</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(DomainUuid, "domain_uuid", "SAML configuration");
        WazoAnswerRules.RequireText(EntityId, "entity_id", "SAML configuration");
        WazoAnswerRules.RequireText(AcsUrl, "acs_url", "SAML configuration");
    }
}
