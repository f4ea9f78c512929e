using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A tenant.</summary>
public sealed record WazoTenant : IJsonOnDeserialized
{
    /// <summary>The tenant's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The parent tenant (the top tenant is its own parent).</summary>
    [JsonPropertyName("parent_uuid")]
    public string? ParentUuid { get; init; }

    /// <summary>The name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>A human-readable identifier (1 to 10 characters), immutable.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>The contact user's UUID.</summary>
    [JsonPropertyName("contact")]
    public string? Contact { get; init; }

    /// <summary>The contact phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    /// <summary>The method used by users whose authentication method is <c>default</c>: <c>native</c>, <c>saml</c> or <c>ldap</c>.</summary>
    [JsonPropertyName("default_authentication_method")]
    public string? DefaultAuthenticationMethod { get; init; }

    /// <summary>The tenant's domain names, sorted and unique; empty, never null, when the answer has none (as for a creation).</summary>
    [JsonPropertyName("domain_names")]
    public IReadOnlyList<string> DomainNames { get; init => field = value ?? []; } = [];

    /// <summary>The postal address (every field null when unset).</summary>
    [JsonPropertyName("address")]
    public WazoTenantAddress? Address { get; init; }

    /// <summary>Refuses a tenant answer without its <c>uuid</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(Uuid, "uuid", "tenant");
    }
}
