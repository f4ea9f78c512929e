using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The user fields a caller may set on creation and update (null fields are not sent), and a user shows.</summary>
public abstract record WazoUserFields
{
    /// <summary>The login (at most 256 characters).</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The first name.</summary>
    [JsonPropertyName("firstname")]
    public string? Firstname { get; init; }

    /// <summary>The last name.</summary>
    [JsonPropertyName("lastname")]
    public string? Lastname { get; init; }

    /// <summary>Whether the user may log in (server default: true). Disabling a user revokes its sessions.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary><c>user</c> (the default), <c>internal</c> or <c>external_api</c>.</summary>
    [JsonPropertyName("purpose")]
    public string? Purpose { get; init; }

    /// <summary><c>default</c> (the default: the tenant's method), <c>native</c>, <c>ldap</c> or <c>saml</c>.</summary>
    [JsonPropertyName("authentication_method")]
    public string? AuthenticationMethod { get; init; }
}
