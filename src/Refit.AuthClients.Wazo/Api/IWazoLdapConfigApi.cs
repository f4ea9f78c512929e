using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>The scoping tenant's LDAP configuration (<c>/backends/ldap</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoLdapConfigApi
{
    /// <summary><c>GET /backends/ldap</c>: the configuration; every field null when the tenant has none.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/backends/ldap")]
    Task<WazoLdapConfig> GetAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /backends/ldap</c>: creates or replaces the configuration.</summary>
    /// <param name="config">The configuration.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/backends/ldap")]
    Task<WazoLdapConfig> UpdateAsync(
        [Body] WazoLdapConfigUpdate config,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /backends/ldap</c>: deletes the configuration.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/backends/ldap")]
    Task DeleteAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
