using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The tenant fields a caller may set on creation and update. Null fields are not sent.</summary>
public abstract record WazoTenantFields
{
    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The contact user's UUID.</summary>
    [JsonPropertyName("contact")]
    public string? Contact { get; init; }

    /// <summary>The contact phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    /// <summary>The tenant's domain names (unique across tenants).</summary>
    [JsonPropertyName("domain_names")]
    public IReadOnlyList<string>? DomainNames { get; init; }

    /// <summary>The postal address.</summary>
    [JsonPropertyName("address")]
    public WazoTenantAddress? Address { get; init; }

    /// <summary><c>native</c> (the default), <c>saml</c> or <c>ldap</c>.</summary>
    [JsonPropertyName("default_authentication_method")]
    public string? DefaultAuthenticationMethod { get; init; }
}
