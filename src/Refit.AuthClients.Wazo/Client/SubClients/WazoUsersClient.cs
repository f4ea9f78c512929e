using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Users, and their policies, groups and sessions. Passwords, e-mails and registration are in the other part.</summary>
internal sealed partial class WazoUsersClient(
    IWazoUserApi api,
    IWazoUserEmailApi emailApi,
    IWazoPasswordResetApi passwords,
    IWazoUserRegistrationApi registrations,
    WazoClientTenant tenants) : IWazoUsersClient
{
    private readonly WazoListing<WazoUserListQuery, WazoUser> _users = new(api.ListAsync, tenants);

    public Task<WazoList<WazoUser>> ListAsync(WazoUserListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        _users.Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoUser> ListAllAsync(
        WazoUserListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        _users.All(query, pageSize, tenant, cancellationToken);

    public Task<WazoUser> CreateAsync(WazoUserCreate user, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.CreateAsync(WazoArguments.Required(user, nameof(user)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoUser> GetAsync(string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.GetAsync(WazoArguments.Text(userUuid, nameof(userUuid)), tenants.Resolve(tenant), cancellationToken));

    public Task<WazoUser> UpdateAsync(string userUuid, WazoUserUpdate user, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.UpdateAsync(
                WazoArguments.Text(userUuid, nameof(userUuid)),
                WazoArguments.Required(user, nameof(user)),
                tenants.Resolve(tenant),
                cancellationToken));

    public Task DeleteAsync(string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteAsync(WazoArguments.Text(userUuid, nameof(userUuid)), tenants.Resolve(tenant), cancellationToken);

    public Task AddPolicyAsync(string userUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.AddPolicyAsync(
            WazoArguments.Text(userUuid, nameof(userUuid)),
            WazoArguments.Text(policyUuid, nameof(policyUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task RemovePolicyAsync(string userUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.RemovePolicyAsync(
            WazoArguments.Text(userUuid, nameof(userUuid)),
            WazoArguments.Text(policyUuid, nameof(policyUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task<WazoList<WazoGroup>> GetGroupsAsync(
        string userUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Groups(userUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoGroup> GetAllGroupsAsync(
        string userUuid,
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Groups(userUuid).All(query, pageSize, tenant, cancellationToken);

    public Task<WazoList<WazoPolicy>> GetPoliciesAsync(
        string userUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Policies(userUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoPolicy> GetAllPoliciesAsync(
        string userUuid,
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Policies(userUuid).All(query, pageSize, tenant, cancellationToken);

    public Task<WazoList<WazoSession>> GetSessionsAsync(
        string userUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Sessions(userUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoSession> GetAllSessionsAsync(
        string userUuid,
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        Sessions(userUuid).All(query, pageSize, tenant, cancellationToken);

    public Task RemoveSessionAsync(string userUuid, string sessionUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteSessionAsync(
            WazoArguments.Text(userUuid, nameof(userUuid)),
            WazoArguments.Text(sessionUuid, nameof(sessionUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    private WazoListing<WazoListQuery, WazoGroup> Groups(string userUuid) =>
        WazoListing.Under<WazoListQuery, WazoGroup>(userUuid, nameof(userUuid), api.ListGroupsAsync, tenants);

    private WazoListing<WazoListQuery, WazoPolicy> Policies(string userUuid) =>
        WazoListing.Under<WazoListQuery, WazoPolicy>(userUuid, nameof(userUuid), api.ListPoliciesAsync, tenants);

    private WazoListing<WazoListQuery, WazoSession> Sessions(string userUuid) =>
        WazoListing.Under<WazoListQuery, WazoSession>(userUuid, nameof(userUuid), api.ListSessionsAsync, tenants);
}
