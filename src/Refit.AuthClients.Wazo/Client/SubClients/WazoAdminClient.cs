using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoAdminClient(IWazoUserEmailApi api, WazoClientTenant tenants) : IWazoAdminClient
{
    public Task<IReadOnlyList<WazoUserEmail>> UpdateUserEmailsAsync(
        string userUuid,
        IEnumerable<WazoEmailAddressUpdate> emails,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.AdminUpdateAsync(
                WazoArguments.Text(userUuid, nameof(userUuid)),
                WazoArguments.Emails(emails, nameof(emails)),
                tenants.Resolve(tenant),
                cancellationToken));
}
