using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Groups, their policies and their users (the reference client's <c>groups</c> command).</summary>
public interface IWazoGroupsClient
{
    /// <summary><c>GET /groups</c> (<c>groups.list</c>): the groups of the scoping tenant.</summary>
    /// <param name="query">List parameters and filters (<c>name</c>, <c>slug</c>, <c>user_uuid</c>, <c>policy_uuid</c>, ...); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoGroup>> ListAsync(WazoGroupListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>Every group <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoGroup> ListAllAsync(
        WazoGroupListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /groups</c> (<c>groups.new</c>): creates a group in the scoping tenant (409 when it exists).</summary>
    /// <param name="group">The group's name (required) and slug.</param>
    /// <param name="tenant">The tenant to create the group in (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new group.</returns>
    Task<WazoGroup> CreateAsync(WazoGroupCreate group, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{group_uuid}</c> (<c>groups.get</c>): a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group.</returns>
    Task<WazoGroup> GetAsync(string groupUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /groups/{group_uuid}</c> (<c>groups.edit</c>): renames a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="group">The new name.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated group.</returns>
    Task<WazoGroup> UpdateAsync(string groupUuid, WazoGroupUpdate group, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /groups/{group_uuid}</c> (<c>groups.delete</c>): deletes a group (403 for system groups).</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string groupUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{group_uuid}/policies</c> (<c>groups.get_policies</c>): the policies a group holds.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoPolicy>> GetPoliciesAsync(
        string groupUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every policy <see cref="GetPoliciesAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoPolicy> GetAllPoliciesAsync(
        string groupUuid,
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /groups/{group_uuid}/policies/{policy_uuid}</c> (<c>groups.add_policy</c>): gives a group a policy.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AddPolicyAsync(string groupUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /groups/{group_uuid}/policies/{policy_uuid}</c> (<c>groups.remove_policy</c>): takes a policy from a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RemovePolicyAsync(string groupUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{group_uuid}/users</c> (<c>groups.get_users</c>): the members of a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoUser>> GetUsersAsync(
        string groupUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every member <see cref="GetUsersAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoUser> GetAllUsersAsync(
        string groupUuid,
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /groups/{group_uuid}/users/{user_uuid}</c> (<c>groups.add_user</c>): adds a user to a group (400 when their tenants differ).</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AddUserAsync(string groupUuid, string userUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /groups/{group_uuid}/users/{user_uuid}</c> (<c>groups.remove_user</c>): removes a user from a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RemoveUserAsync(string groupUuid, string userUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
