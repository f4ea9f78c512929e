using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The body of <c>PUT /backends/ldap</c>, which creates or replaces the tenant's whole configuration. Null fields are
/// not sent, except <see cref="ProtocolSecurity"/>, sent as <c>null</c> for none.
/// </summary>
public sealed record WazoLdapConfigUpdate
{
    /// <summary>The LDAP server's host name or address (at most 512 characters).</summary>
    [JsonPropertyName("host")]
    public required string Host { get; init; }

    /// <summary>The LDAP server's port.</summary>
    [JsonPropertyName("port")]
    public required int Port { get; init; }

    /// <summary>The LDAP protocol version, 2 or 3 (the default).</summary>
    [JsonPropertyName("protocol_version")]
    public int? ProtocolVersion { get; init; }

    /// <summary>
    /// <c>ldaps</c> or <c>tls</c>; null for none, sent as <c>"protocol_security": null</c> (the server refuses the
    /// spec's <c>''</c>, so an empty string is sent as <c>null</c> too).
    /// </summary>
    [JsonPropertyName("protocol_security")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? ProtocolSecurity { get; init; }

    /// <summary>The DN the service binds with (at most 256 characters); null to bind as the final user only.</summary>
    [JsonPropertyName("bind_dn")]
    public string? BindDn { get; init; }

    /// <summary>The password of <see cref="BindDn"/>; write-only.</summary>
    [JsonPropertyName("bind_password")]
    public string? BindPassword { get; init; }

    /// <summary>The base DN of the users (at most 256 characters).</summary>
    [JsonPropertyName("user_base_dn")]
    public required string UserBaseDn { get; init; }

    /// <summary>The attribute identifying users (at most 64 characters).</summary>
    [JsonPropertyName("user_login_attribute")]
    public required string UserLoginAttribute { get; init; }

    /// <summary>The attribute holding the e-mail address (at most 64 characters).</summary>
    [JsonPropertyName("user_email_attribute")]
    public required string UserEmailAttribute { get; init; }

    /// <summary>The filter finding a user's DN with a service bind, e.g. <c>{user_login_attribute}={username}</c>.</summary>
    [JsonPropertyName("search_filters")]
    public string? SearchFilters { get; init; }

    /// <summary>Describes the configuration without the bind password.</summary>
    public override string ToString() =>
        $"{nameof(WazoLdapConfigUpdate)} {{ Host = {Host}, Port = {Port}, ProtocolVersion = {ProtocolVersion}, ProtocolSecurity = {ProtocolSecurity}, "
        + $"BindDn = {BindDn}, BindPassword = {Secret.Mask(BindPassword)}, UserBaseDn = {UserBaseDn}, UserLoginAttribute = {UserLoginAttribute}, "
        + $"UserEmailAttribute = {UserEmailAttribute}, SearchFilters = {SearchFilters} }}";
}
