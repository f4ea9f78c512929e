using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>The scoping tenant's SAML configuration (<c>/backends/saml</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoSamlConfigApi
{
    /// <summary><c>GET /backends/saml</c>: the configuration.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/backends/saml")]
    Task<WazoSamlConfig> GetAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /backends/saml</c> (multipart form): creates the configuration.</summary>
    /// <param name="domainUuid">The UUID of the tenant domain to serve (36 to 38 characters).</param>
    /// <param name="entityId">The SAML entity id (1 to 512 characters).</param>
    /// <param name="acsUrl">The ACS URL configured in the identity provider (1 to 512 characters).</param>
    /// <param name="metadata">The identity provider's metadata XML; it must have a file name.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Multipart]
    [Post("/backends/saml")]
    Task<WazoSamlConfig> CreateAsync(
        [AliasAs("domain_uuid")] string domainUuid,
        [AliasAs("entity_id")] string entityId,
        [AliasAs("acs_url")] string acsUrl,
        [AliasAs("metadata")] StreamPart metadata,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /backends/saml</c> (multipart form): updates the configuration; parts left null are not sent and keep their value.</summary>
    /// <param name="domainUuid">The UUID of the tenant domain to serve.</param>
    /// <param name="entityId">The SAML entity id.</param>
    /// <param name="acsUrl">The ACS URL configured in the identity provider.</param>
    /// <param name="metadata">The identity provider's metadata XML; it must have a file name.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Multipart]
    [Put("/backends/saml")]
    Task<WazoSamlConfig> UpdateAsync(
        [AliasAs("domain_uuid")] string? domainUuid = null,
        [AliasAs("entity_id")] string? entityId = null,
        [AliasAs("acs_url")] string? acsUrl = null,
        [AliasAs("metadata")] StreamPart? metadata = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /backends/saml</c>: deletes the configuration.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/backends/saml")]
    Task DeleteAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /backends/saml/metadata</c>: the tenant's SAML metadata XML file, as a stream the caller disposes.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/backends/saml/metadata")]
    Task<Stream> GetMetadataAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /backends/saml/acs_url_template</c>: the ACS URL template to configure in the identity provider.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/backends/saml/acs_url_template")]
    Task<WazoSamlAcsUrlTemplate> GetAcsUrlTemplateAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
