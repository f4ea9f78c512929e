using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoGroupsClient(IWazoGroupApi api, WazoClientTenant tenants) : IWazoGroupsClient
{
    private readonly WazoListing<WazoGroupListQuery, WazoGroup> _groups = new(api.ListAsync, tenants);

    public Task<WazoList<WazoGroup>> ListAsync(WazoGroupListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        _groups.Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoGroup> ListAllAsync(
        WazoGroupListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _groups.All(query, pageSize, tenant, cancellationToken);

    public Task<WazoGroup> CreateAsync(WazoGroupCreate group, string? tenant = null, CancellationToken cancellationToken = default)
    {
        WazoArguments.Required(group, nameof(group));
        WazoArguments.Field(group.Name, nameof(group.Name), nameof(group));
        return WazoAnswers.Required(() => api.CreateAsync(group, tenants.Resolve(tenant), cancellationToken));
    }

    public Task<WazoGroup> GetAsync(string groupUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.GetAsync(WazoArguments.Text(groupUuid, nameof(groupUuid)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoGroup> UpdateAsync(string groupUuid, WazoGroupUpdate group, string? tenant = null, CancellationToken cancellationToken = default)
    {
        WazoArguments.Text(groupUuid, nameof(groupUuid));
        WazoArguments.Required(group, nameof(group));
        WazoArguments.Field(group.Name, nameof(group.Name), nameof(group));
        return WazoAnswers.Required(() => api.UpdateAsync(groupUuid, group, tenants.Resolve(tenant), cancellationToken));
    }

    public Task DeleteAsync(string groupUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(WazoArguments.Text(groupUuid, nameof(groupUuid)), tenants.Resolve(tenant), cancellationToken);

    public Task<WazoList<WazoPolicy>> GetPoliciesAsync(
        string groupUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Policies(groupUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoPolicy> GetAllPoliciesAsync(
        string groupUuid,
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Policies(groupUuid).All(query, pageSize, tenant, cancellationToken);

    public Task AddPolicyAsync(string groupUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.AddPolicyAsync(
            WazoArguments.Text(groupUuid, nameof(groupUuid)),
            WazoArguments.Text(policyUuid, nameof(policyUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task RemovePolicyAsync(string groupUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.RemovePolicyAsync(
            WazoArguments.Text(groupUuid, nameof(groupUuid)),
            WazoArguments.Text(policyUuid, nameof(policyUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task<WazoList<WazoUser>> GetUsersAsync(
        string groupUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Users(groupUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoUser> GetAllUsersAsync(
        string groupUuid,
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Users(groupUuid).All(query, pageSize, tenant, cancellationToken);

    public Task AddUserAsync(string groupUuid, string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.AddUserAsync(
            WazoArguments.Text(groupUuid, nameof(groupUuid)),
            WazoArguments.Text(userUuid, nameof(userUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task RemoveUserAsync(string groupUuid, string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.RemoveUserAsync(
            WazoArguments.Text(groupUuid, nameof(groupUuid)),
            WazoArguments.Text(userUuid, nameof(userUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    private WazoListing<WazoListQuery, WazoPolicy> Policies(string groupUuid) =>
        WazoListing.Under<WazoListQuery, WazoPolicy>(groupUuid, nameof(groupUuid), api.ListPoliciesAsync, tenants);

    private WazoListing<WazoListQuery, WazoUser> Users(string groupUuid) =>
        WazoListing.Under<WazoListQuery, WazoUser>(groupUuid, nameof(groupUuid), api.ListUsersAsync, tenants);
}
