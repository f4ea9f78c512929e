using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>The SAML configuration of the scoping tenant (the reference client's <c>saml_config</c> command).</summary>
public interface IWazoSamlConfigClient
{
    /// <summary><c>GET /backends/saml</c> (<c>saml_config.get</c>): the configuration.</summary>
    /// <param name="tenant">The tenant whose configuration to read (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration.</returns>
    Task<WazoSamlConfig> GetAsync(string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /backends/saml</c> (<c>saml_config.create</c>, multipart form): creates the configuration.</summary>
    /// <param name="domainUuid">The UUID of the tenant domain to serve.</param>
    /// <param name="entityId">The SAML entity id (1 to 512 characters).</param>
    /// <param name="acsUrl">The ACS URL configured in the identity provider (1 to 512 characters).</param>
    /// <param name="metadata">The identity provider's metadata XML, sent as the file <c>metadata.xml</c>; read, not disposed.</param>
    /// <param name="tenant">The tenant to configure (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new configuration.</returns>
    Task<WazoSamlConfig> CreateAsync(
        string domainUuid,
        string entityId,
        Uri acsUrl,
        Stream metadata,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /backends/saml</c> (<c>saml_config.update</c>, multipart form): updates the parts given (at least one);
    /// the others keep their value. Unlike the reference, returns the updated configuration.
    /// </summary>
    /// <param name="domainUuid">The UUID of the tenant domain to serve; unchanged when null.</param>
    /// <param name="entityId">The SAML entity id; unchanged when null.</param>
    /// <param name="acsUrl">The ACS URL configured in the identity provider; unchanged when null.</param>
    /// <param name="metadata">The identity provider's metadata XML; unchanged when null. Read, not disposed.</param>
    /// <param name="tenant">The tenant to configure (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated configuration.</returns>
    Task<WazoSamlConfig> UpdateAsync(
        string? domainUuid = null,
        string? entityId = null,
        Uri? acsUrl = null,
        Stream? metadata = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /backends/saml</c> (<c>saml_config.delete</c>): deletes the configuration.</summary>
    /// <param name="tenant">The tenant whose configuration to delete (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /backends/saml/acs_url_template</c> (<c>saml_config.get_acs_template</c>): the ACS URL template to configure in the identity provider.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template, e.g. <c>https://{{STACK_URL}}/api/auth/0.1/saml/acs</c>.</returns>
    Task<WazoSamlAcsUrlTemplate> GetAcsTemplateAsync(string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /backends/saml/metadata</c> (<c>saml_config.get_metadata</c>): the tenant's SAML metadata XML file.</summary>
    /// <param name="tenant">The tenant whose metadata to read (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file's bytes.</returns>
    Task<byte[]> GetMetadataAsync(string? tenant = null, CancellationToken cancellationToken = default);
}
