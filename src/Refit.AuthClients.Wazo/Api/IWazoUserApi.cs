using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Users (<c>/users</c>), their password, and their groups, policies and sessions.</summary>
[Headers("Accept: application/json")]
public interface IWazoUserApi
{
    /// <summary><c>GET /users</c>: the users of the scoping tenant.</summary>
    /// <param name="query">List parameters and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users")]
    Task<WazoList<WazoUser>> ListAsync(
        [Query] WazoUserListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /users</c>: creates a user in the scoping tenant (409 when the login is taken).</summary>
    /// <param name="user">The user's fields.</param>
    /// <param name="tenant">The tenant to create the user in (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/users")]
    Task<WazoUser> CreateAsync(
        [Body] WazoUserCreate user,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}</c>: a user.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}")]
    Task<WazoUser> GetAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}</c>: updates a user (disabling it revokes its sessions).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="user">The new fields.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/users/{user_uuid}")]
    Task<WazoUser> UpdateAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoUserUpdate user,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}</c>: deletes a user.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}")]
    Task DeleteAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/password</c>: changes a password (revokes the user's sessions; 405 when managed externally).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="change">The old and new passwords.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/users/{user_uuid}/password")]
    Task ChangePasswordAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Body] WazoPasswordChange change,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/groups</c>: the groups a user belongs to.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/groups")]
    Task<WazoList<WazoGroup>> ListGroupsAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/policies</c>: the policies a user holds directly.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/policies")]
    Task<WazoList<WazoPolicy>> ListPoliciesAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/policies/{policy_uuid}</c>: gives a user a policy.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/users/{user_uuid}/policies/{policy_uuid}")]
    Task AddPolicyAsync(
        [AliasAs("user_uuid")] string userUuid,
        [AliasAs("policy_uuid")] string policyUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/policies/{policy_uuid}</c>: takes a policy from a user.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}/policies/{policy_uuid}")]
    Task RemovePolicyAsync(
        [AliasAs("user_uuid")] string userUuid,
        [AliasAs("policy_uuid")] string policyUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/sessions</c>: a user's sessions.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters (the server reads <c>limit</c> and <c>offset</c>); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/users/{user_uuid}/sessions")]
    Task<WazoList<WazoSession>> ListSessionsAsync(
        [AliasAs("user_uuid")] string userUuid,
        [Query] WazoListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/sessions/{session_uuid}</c>: ends a session of a user (its tokens are revoked).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="sessionUuid">The session's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/users/{user_uuid}/sessions/{session_uuid}")]
    Task DeleteSessionAsync(
        [AliasAs("user_uuid")] string userUuid,
        [AliasAs("session_uuid")] string sessionUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
