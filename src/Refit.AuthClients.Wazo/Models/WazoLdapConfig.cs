using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A tenant's LDAP configuration as read (never with the bind password). Every field is null when the tenant has none.</summary>
public sealed record WazoLdapConfig
{
    /// <summary>The tenant the configuration belongs to.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The LDAP server's host name or address.</summary>
    [JsonPropertyName("host")]
    public string? Host { get; init; }

    /// <summary>The LDAP server's port.</summary>
    [JsonPropertyName("port")]
    public int? Port { get; init; }

    /// <summary>The LDAP protocol version (2 or 3).</summary>
    [JsonPropertyName("protocol_version")]
    public int? ProtocolVersion { get; init; }

    /// <summary><c>ldaps</c>, <c>tls</c>, or null for none; an empty string (the spec's value for none) is read as null.</summary>
    [JsonPropertyName("protocol_security")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? ProtocolSecurity { get; init; }

    /// <summary>The DN the service binds with; null to bind as the final user only.</summary>
    [JsonPropertyName("bind_dn")]
    public string? BindDn { get; init; }

    /// <summary>The base DN of the users.</summary>
    [JsonPropertyName("user_base_dn")]
    public string? UserBaseDn { get; init; }

    /// <summary>The attribute identifying users.</summary>
    [JsonPropertyName("user_login_attribute")]
    public string? UserLoginAttribute { get; init; }

    /// <summary>The attribute holding the e-mail address.</summary>
    [JsonPropertyName("user_email_attribute")]
    public string? UserEmailAttribute { get; init; }

    /// <summary>The filter finding a user's DN with a service bind.</summary>
    [JsonPropertyName("search_filters")]
    public string? SearchFilters { get; init; }
}
