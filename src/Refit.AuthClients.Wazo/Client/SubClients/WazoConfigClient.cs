using System.Text.Json;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoConfigClient(IWazoConfigApi api, WazoClientTenant tenants) : IWazoConfigClient
{
    public Task<JsonElement> GetAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Object(() => api.GetAsync(tenants.Resolve(tenant), cancellationToken));

    public Task<JsonElement> PatchAsync(
        IEnumerable<WazoConfigPatchOperation> operations,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        WazoAnswers.Object(
            () => api.PatchAsync(WazoArguments.Items(operations, nameof(operations)), tenants.Resolve(tenant), cancellationToken));
}
