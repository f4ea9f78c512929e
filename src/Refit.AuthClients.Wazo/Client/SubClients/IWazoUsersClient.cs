using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Users, their passwords and e-mail addresses, groups, policies and sessions (the reference client's <c>users</c> command).</summary>
public interface IWazoUsersClient
{
    /// <summary><c>GET /users</c> (<c>users.list</c>): the users of the scoping tenant.</summary>
    /// <param name="query">List parameters and filters (<c>username</c>, <c>email_address</c>, <c>group_uuid</c>, <c>has_policy_uuid</c>, ...); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope (<c>total</c> in scope, <c>filtered</c> matching).</returns>
    Task<WazoList<WazoUser>> ListAsync(WazoUserListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>Every user <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoUser> ListAllAsync(
        WazoUserListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /users</c> (<c>users.new</c>): creates a user (409 when the login is taken).</summary>
    /// <param name="user">The user's fields (username, password, names, e-mail address, purpose, ...).</param>
    /// <param name="tenant">The tenant to create the user in (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user (never its password).</returns>
    Task<WazoUser> CreateAsync(WazoUserCreate user, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/register</c> (<c>users.register</c>): creates a user without a token (404 unless the server enables registration).</summary>
    /// <param name="registration">The username, password and e-mail address (required), and names.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user.</returns>
    Task<WazoUser> RegisterAsync(WazoUserRegistration registration, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}</c> (<c>users.get</c>): a user.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    Task<WazoUser> GetAsync(string userUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}</c> (<c>users.edit</c>): updates a user (disabling one revokes its sessions).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="user">The new fields.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<WazoUser> UpdateAsync(string userUuid, WazoUserUpdate user, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}</c> (<c>users.delete</c>): deletes a user.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string userUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/password</c> (<c>users.change_password</c>): changes a password (405 when managed externally).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="oldPassword">The current password.</param>
    /// <param name="newPassword">The new password.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ChangePasswordAsync(
        string userUuid,
        string oldPassword,
        string newPassword,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /users/password/reset</c> (<c>users.reset_password</c>): e-mails password reset instructions. No token
    /// needed; the server answers the same whether or not the user exists. Give exactly one of the three.
    /// </summary>
    /// <param name="username">The user's login.</param>
    /// <param name="email">The user's e-mail address.</param>
    /// <param name="login">The user's login or e-mail address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ResetPasswordAsync(string? username = null, string? email = null, string? login = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /users/password/reset?user_uuid=</c> (<c>users.set_password</c>): sets a user's password after a reset
    /// (revokes the user's sessions, not its refresh tokens).
    /// </summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="password">The new password; null removes it.</param>
    /// <param name="token">The token of the reset e-mail, sent for this call only; the client's token when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SetPasswordAsync(
        string userUuid,
        string? password,
        string? token = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /users/{user_uuid}/emails</c> (<c>users.update_emails</c>): replaces a user's e-mail addresses (new ones
    /// are unconfirmed). Exactly one must be main; an empty list removes them all.
    /// </summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="emails">The complete list of addresses.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's addresses as stored.</returns>
    Task<IReadOnlyList<WazoUserEmail>> UpdateEmailsAsync(
        string userUuid,
        IEnumerable<WazoEmailAddressUpdate> emails,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /users/{user_uuid}/emails/{email_uuid}/confirm</c> (<c>users.request_confirmation_email</c>): sends a new
    /// confirmation e-mail (409 when the address is already confirmed).
    /// </summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="emailUuid">The address's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RequestConfirmationEmailAsync(string userUuid, string emailUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /users/{user_uuid}/policies/{policy_uuid}</c> (<c>users.add_policy</c>): gives a user a policy.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AddPolicyAsync(string userUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/policies/{policy_uuid}</c> (<c>users.remove_policy</c>): takes a policy from a user.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RemovePolicyAsync(string userUuid, string policyUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/groups</c> (<c>users.get_groups</c>): the groups a user belongs to.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoGroup>> GetGroupsAsync(
        string userUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every group <see cref="GetGroupsAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoGroup> GetAllGroupsAsync(
        string userUuid,
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/policies</c> (<c>users.get_policies</c>): the policies a user holds directly.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoPolicy>> GetPoliciesAsync(
        string userUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every policy <see cref="GetPoliciesAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoPolicy> GetAllPoliciesAsync(
        string userUuid,
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{user_uuid}/sessions</c> (<c>users.get_sessions</c>): a user's sessions.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">List parameters (the server reads <c>limit</c> and <c>offset</c>); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoSession>> GetSessionsAsync(
        string userUuid,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every session <see cref="GetSessionsAsync"/> would list, read by pages of <paramref name="pageSize"/>.</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="query">Its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoSession> GetAllSessionsAsync(
        string userUuid,
        WazoListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{user_uuid}/sessions/{session_uuid}</c> (<c>users.remove_session</c>): ends a session of a user (its tokens are revoked).</summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="sessionUuid">The session's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RemoveSessionAsync(string userUuid, string sessionUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
