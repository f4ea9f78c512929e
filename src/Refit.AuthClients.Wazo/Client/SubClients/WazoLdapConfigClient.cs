using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoLdapConfigClient(IWazoLdapConfigApi api, WazoClientTenant tenants) : IWazoLdapConfigClient
{
    public Task<WazoLdapConfig> GetAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(() => api.GetAsync(tenants.Resolve(tenant), cancellationToken));

    public Task<WazoLdapConfig> UpdateAsync(WazoLdapConfigUpdate config, string? tenant = null, CancellationToken cancellationToken = default)
    {
        WazoArguments.Required(config, nameof(config));
        WazoArguments.Field(config.Host, nameof(config.Host), nameof(config));
        WazoArguments.Field(config.UserBaseDn, nameof(config.UserBaseDn), nameof(config));
        WazoArguments.Field(config.UserLoginAttribute, nameof(config.UserLoginAttribute), nameof(config));
        WazoArguments.Field(config.UserEmailAttribute, nameof(config.UserEmailAttribute), nameof(config));
        return WazoAnswers.Required(() => api.UpdateAsync(config, tenants.Resolve(tenant), cancellationToken));
    }

    public Task DeleteAsync(string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(tenants.Resolve(tenant), cancellationToken);
}
