using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>ACL policies and their accesses (the reference client's <c>policies</c> command).</summary>
public interface IWazoPoliciesClient
{
    /// <summary><c>GET /policies</c> (<c>policies.list</c>): the policies of the scoping tenant. The envelope has no <c>filtered</c>.</summary>
    /// <param name="query">List parameters and filters (<c>name</c>, <c>slug</c>, <c>user_uuid</c>, <c>group_uuid</c>, <c>read_only</c>, ...); none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's envelope.</returns>
    Task<WazoList<WazoPolicy>> ListAsync(WazoPolicyListQuery? query = null, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>Every policy <see cref="ListAsync"/> would list, read by pages of <paramref name="pageSize"/> (until <c>total</c>, as the envelope has no <c>filtered</c>).</summary>
    /// <param name="query">Filters and order; its <c>offset</c> is where to start, its <c>limit</c> is ignored.</param>
    /// <param name="pageSize">How many items each request asks for (at least 1).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for every page; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the server's order.</returns>
    IAsyncEnumerable<WazoPolicy> ListAllAsync(
        WazoPolicyListQuery? query = null,
        int pageSize = 100,
        string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /policies</c> (<c>policies.new</c>): creates a policy in the scoping tenant (409 when the slug is taken).</summary>
    /// <param name="policy">The policy's name (required), slug, description, ACL and sharing.</param>
    /// <param name="tenant">The tenant to create the policy in (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new policy.</returns>
    Task<WazoPolicy> CreateAsync(WazoPolicyCreate policy, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /policies/{policy_uuid}</c> (<c>policies.get</c>): a policy.</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy.</returns>
    Task<WazoPolicy> GetAsync(string policyUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /policies/{policy_uuid}</c> (<c>policies.edit</c>): replaces a policy's name, description and ACL (403 when read-only).</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="policy">The new name (required), description and ACL.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated policy.</returns>
    Task<WazoPolicy> UpdateAsync(string policyUuid, WazoPolicyUpdate policy, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /policies/{policy_uuid}</c> (<c>policies.delete</c>): deletes a policy (403 when read-only).</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteAsync(string policyUuid, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /policies/{policy_uuid}/acl/{access}</c> (<c>policies.add_access</c>): adds an access to a policy. The
    /// caller's own token must hold the access. An access containing <c>/</c> cannot reach the server's route and is
    /// refused before sending.
    /// </summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="access">The access (ACL pattern), e.g. <c>confd.users.me.#</c>.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AddAccessAsync(string policyUuid, string access, string? tenant = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE /policies/{policy_uuid}/acl/{access}</c> (<c>policies.remove_access</c>): removes an access from a
    /// policy. An access containing <c>/</c> is refused before sending.
    /// </summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="access">The access (ACL pattern) to remove.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RemoveAccessAsync(string policyUuid, string access, string? tenant = null, CancellationToken cancellationToken = default);
}
