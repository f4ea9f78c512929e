using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The body of <c>POST /token</c>. Only the fields that are set are sent (<c>{}</c> when none); the credentials go
/// in the <c>Authorization: Basic</c> header, not here.
/// </summary>
public sealed record WazoTokenRequest
{
    /// <summary>The authentication backend; ignored by servers since 24.08 (the user's authentication method decides).</summary>
    [JsonPropertyName("backend")]
    public string? Backend { get; init; }

    /// <summary>The token lifetime in seconds (1 to 315360000; the server's default is 7200).</summary>
    [JsonPropertyName("expiration")]
    public int? Expiration { get; init; }

    /// <summary><c>online</c> (the default) or <c>offline</c>; <c>offline</c> also issues a refresh token and needs <see cref="ClientId"/>.</summary>
    [JsonPropertyName("access_type")]
    public string? AccessType { get; init; }

    /// <summary>The application a refresh token belongs to; required with <c>offline</c> and with <see cref="RefreshToken"/>.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>A refresh token to authenticate with instead of credentials.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>The SAML session of a completed SAML login, to authenticate with instead of credentials.</summary>
    [JsonPropertyName("saml_session_id")]
    public string? SamlSessionId { get; init; }

    /// <summary>Deprecated since 22.07: the tenant to log in to; exclusive with <see cref="DomainName"/>.</summary>
    [JsonPropertyName("tenant_id")]
    public string? TenantId { get; init; }

    /// <summary>A domain name of the tenant, selecting its LDAP configuration.</summary>
    [JsonPropertyName("domain_name")]
    public string? DomainName { get; init; }

    /// <summary>Describes the request without its refresh token or SAML session.</summary>
    public override string ToString() =>
        $"{nameof(WazoTokenRequest)} {{ Backend = {Backend}, Expiration = {Expiration}, AccessType = {AccessType}, ClientId = {ClientId}, "
        + $"RefreshToken = {Secret.Mask(RefreshToken)}, SamlSessionId = {Secret.Mask(SamlSessionId)}, TenantId = {TenantId}, DomainName = {DomainName} }}";
}
