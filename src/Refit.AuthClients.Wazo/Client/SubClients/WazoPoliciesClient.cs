using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoPoliciesClient(IWazoPolicyApi api, WazoClientTenant tenants) : IWazoPoliciesClient
{
    private readonly WazoListing<WazoPolicyListQuery, WazoPolicy> _policies = new(api.ListAsync, tenants);

    public Task<WazoList<WazoPolicy>> ListAsync(WazoPolicyListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        _policies.Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoPolicy> ListAllAsync(
        WazoPolicyListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _policies.All(query, pageSize, tenant, cancellationToken);

    public Task<WazoPolicy> CreateAsync(WazoPolicyCreate policy, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(() => api.CreateAsync(Checked(policy, nameof(policy)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoPolicy> GetAsync(string policyUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.GetAsync(WazoArguments.Text(policyUuid, nameof(policyUuid)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoPolicy> UpdateAsync(string policyUuid, WazoPolicyUpdate policy, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.UpdateAsync(WazoArguments.Text(policyUuid, nameof(policyUuid)), Checked(policy, nameof(policy)), tenants.Resolve(tenant), cancellationToken));

    public Task DeleteAsync(string policyUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(WazoArguments.Text(policyUuid, nameof(policyUuid)), tenants.Resolve(tenant), cancellationToken);

    public Task AddAccessAsync(string policyUuid, string access, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.AddAccessAsync(WazoArguments.Text(policyUuid, nameof(policyUuid)), Access(access), tenants.Resolve(tenant), cancellationToken);

    public Task RemoveAccessAsync(string policyUuid, string access, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.RemoveAccessAsync(WazoArguments.Text(policyUuid, nameof(policyUuid)), Access(access), tenants.Resolve(tenant), cancellationToken);

    private static T Checked<T>(T policy, string paramName)
        where T : WazoPolicyFields
    {
        WazoArguments.Required(policy, paramName);
        WazoArguments.Field(policy.Name, nameof(policy.Name), paramName);
        return policy;
    }

    // The access is one path segment: the server's route cannot carry a '/' in it, escaped or not.
    private static string Access(string access) =>
        WazoArguments.Text(access, nameof(access)).Contains('/', StringComparison.Ordinal)
            ? throw new ArgumentException("An access cannot contain '/': the server's route cannot carry it.", nameof(access))
            : access;
}
