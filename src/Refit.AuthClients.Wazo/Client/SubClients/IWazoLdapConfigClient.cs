using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>The LDAP configuration of the scoping tenant (the reference client's <c>ldap_config</c> command).</summary>
public interface IWazoLdapConfigClient
{
    /// <summary><c>GET /backends/ldap</c> (<c>ldap_config.get</c>): the configuration; every field null when the tenant has none.</summary>
    /// <param name="tenant">The tenant whose configuration to read (<c>Wazo-Tenant</c>) for this call only; the client's tenant (else the token's) when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration, never holding the bind password.</returns>
    Task<WazoLdapConfig> GetAsync(string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /backends/ldap</c> (<c>ldap_config.update</c>): creates or replaces the configuration.</summary>
    /// <param name="config">The configuration (<c>host</c>, <c>port</c>, <c>user_base_dn</c>, <c>user_login_attribute</c> and <c>user_email_attribute</c> required).</param>
    /// <param name="tenant">The tenant whose configuration to write (<c>Wazo-Tenant</c>) for this call only; the client's tenant (else the token's) when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored configuration, never holding the bind password.</returns>
    Task<WazoLdapConfig> UpdateAsync(WazoLdapConfigUpdate config, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /backends/ldap</c> (<c>ldap_config.delete</c>): deletes the configuration.</summary>
    /// <param name="tenant">The tenant whose configuration to delete (<c>Wazo-Tenant</c>) for this call only; the client's tenant (else the token's) when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string? tenant = null, CancellationToken cancellationToken = default);
}
