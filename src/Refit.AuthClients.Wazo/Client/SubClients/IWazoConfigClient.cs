using System.Text.Json;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// The service's running configuration (the reference client's <c>config</c> command). The token's tenant must be
/// the top tenant, besides the ACL, else the server answers 401.
/// </summary>
public interface IWazoConfigClient
{
    /// <summary><c>GET /config</c> (<c>config.get</c>): the whole running configuration.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration object.</returns>
    Task<JsonElement> GetAsync(string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PATCH /config</c> (<c>config.patch</c>): changes settings until the next restart. The server accepts
    /// <see cref="WazoConfigPatchOperation.Replace"/> of <c>/debug</c> or <c>/profiling_enabled</c> with a boolean.
    /// </summary>
    /// <param name="operations">The JSON Patch operations; at least one.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new configuration.</returns>
    Task<JsonElement> PatchAsync(
        IEnumerable<WazoConfigPatchOperation> operations,
        string? tenant = null,
        CancellationToken cancellationToken = default);
}
