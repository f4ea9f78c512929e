using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoIdpClient(IWazoIdpApi api, WazoClientTenant tenants) : IWazoIdpClient
{
    // The envelope (total and items) is checked as it is read.
    public Task<WazoIdpList> ListAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(() => api.ListAsync(tenants.Resolve(tenant), cancellationToken));

    public Task AddUserAsync(string idpType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.AddUserAsync(
            WazoArguments.Text(idpType, nameof(idpType)),
            WazoArguments.Text(userUuid, nameof(userUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task AddUsersAsync(string idpType, IEnumerable<string> userUuids, string? tenant = null, CancellationToken cancellationToken = default)
    {
        WazoArguments.Text(idpType, nameof(idpType));
        var users = WazoArguments.Texts(userUuids, nameof(userUuids)).Select(uuid => new WazoIdpUser { Uuid = uuid }).ToArray();
        return api.AddUsersAsync(idpType, new WazoIdpUserList { Users = users }, tenants.Resolve(tenant), cancellationToken);
    }

    public Task RemoveUserAsync(string idpType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.RemoveUserAsync(
            WazoArguments.Text(idpType, nameof(idpType)),
            WazoArguments.Text(userUuid, nameof(userUuid)),
            tenants.Resolve(tenant),
            cancellationToken);
}
