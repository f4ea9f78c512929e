using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Groups (<c>/groups</c>), their policies and their users.</summary>
[Headers("Accept: application/json")]
public interface IWazoGroupApi
{
    /// <summary><c>GET /groups</c>: the groups of the scoping tenant.</summary>
    /// <param name="query">List parameters and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/groups")]
    Task<WazoList<WazoGroup>> ListAsync(
        [Query] WazoGroupListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /groups</c>: creates a group in the scoping tenant (409 when it exists).</summary>
    /// <param name="group">The group's fields.</param>
    /// <param name="tenant">The tenant to create the group in (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/groups")]
    Task<WazoGroup> CreateAsync(
        [Body] WazoGroupCreate group,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{group_uuid}</c>: a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/groups/{group_uuid}")]
    Task<WazoGroup> GetAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /groups/{group_uuid}</c>: renames a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="group">The new fields.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/groups/{group_uuid}")]
    Task<WazoGroup> UpdateAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [Body] WazoGroupUpdate group,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /groups/{group_uuid}</c>: deletes a group (403 for system groups).</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/groups/{group_uuid}")]
    Task DeleteAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{group_uuid}/policies</c>: the policies a group holds.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/groups/{group_uuid}/policies")]
    Task<WazoList<WazoPolicy>> ListPoliciesAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /groups/{group_uuid}/policies/{policy_uuid}</c>: gives a group a policy.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/groups/{group_uuid}/policies/{policy_uuid}")]
    Task AddPolicyAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [AliasAs("policy_uuid")] string policyUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /groups/{group_uuid}/policies/{policy_uuid}</c>: takes a policy from a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/groups/{group_uuid}/policies/{policy_uuid}")]
    Task RemovePolicyAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [AliasAs("policy_uuid")] string policyUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /groups/{group_uuid}/users</c>: the members of a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/groups/{group_uuid}/users")]
    Task<WazoList<WazoUser>> ListUsersAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /groups/{group_uuid}/users/{user_uuid}</c>: adds a user to a group (400 when their tenants differ).</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/groups/{group_uuid}/users/{user_uuid}")]
    Task AddUserAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /groups/{group_uuid}/users/{user_uuid}</c>: removes a user from a group.</summary>
    /// <param name="groupUuid">The group's UUID.</param>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/groups/{group_uuid}/users/{user_uuid}")]
    Task RemoveUserAsync(
        [AliasAs("group_uuid")] string groupUuid,
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
