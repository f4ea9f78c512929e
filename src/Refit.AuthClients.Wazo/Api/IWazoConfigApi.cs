using System.Text.Json;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>The service's running configuration (<c>/config</c>); the token's tenant must be the top tenant.</summary>
[Headers("Accept: application/json")]
public interface IWazoConfigApi
{
    /// <summary><c>GET /config</c>: the whole running configuration.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/config")]
    Task<JsonElement> GetAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /config</c>: changes settings until the next restart; answers the new configuration.</summary>
    /// <param name="operations">JSON Patch operations (<see cref="WazoConfigPatchOperation.Replace"/>); an array, since bodies are serialized by their runtime type.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Patch("/config")]
    Task<JsonElement> PatchAsync(
        [Body] WazoConfigPatchOperation[] operations,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
