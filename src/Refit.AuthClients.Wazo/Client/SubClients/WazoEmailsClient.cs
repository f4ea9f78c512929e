using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoEmailsClient(IWazoEmailApi api, WazoClientTenant tenants) : IWazoEmailsClient
{
    public Task ConfirmAsync(string emailUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.ConfirmAsync(WazoArguments.Text(emailUuid, nameof(emailUuid)), tenants.Resolve(tenant), cancellationToken);
}
