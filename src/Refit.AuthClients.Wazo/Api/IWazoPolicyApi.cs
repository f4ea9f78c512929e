using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>ACL policies (<c>/policies</c>) and their accesses.</summary>
[Headers("Accept: application/json")]
public interface IWazoPolicyApi
{
    /// <summary><c>GET /policies</c>: the policies of the scoping tenant (the envelope has no <c>filtered</c>).</summary>
    /// <param name="query">List parameters and filters; none when null.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/policies")]
    Task<WazoList<WazoPolicy>> ListAsync(
        [Query] WazoPolicyListQuery? query = null,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST /policies</c>: creates a policy in the scoping tenant (409 when the slug is taken).</summary>
    /// <param name="policy">The policy's fields.</param>
    /// <param name="tenant">The tenant to create the policy in (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/policies")]
    Task<WazoPolicy> CreateAsync(
        [Body] WazoPolicyCreate policy,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /policies/{policy_uuid}</c>: a policy.</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/policies/{policy_uuid}")]
    Task<WazoPolicy> GetAsync(
        [AliasAs("policy_uuid")] string policyUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>PUT /policies/{policy_uuid}</c>: updates a policy (403 when read-only).</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="policy">The new fields.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/policies/{policy_uuid}")]
    Task<WazoPolicy> UpdateAsync(
        [AliasAs("policy_uuid")] string policyUuid,
        [Body] WazoPolicyUpdate policy,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /policies/{policy_uuid}</c>: deletes a policy (403 when read-only).</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/policies/{policy_uuid}")]
    Task DeleteAsync(
        [AliasAs("policy_uuid")] string policyUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /policies/{policy_uuid}/acl/{access}</c>: adds an access to a policy. The access is escaped as one path
    /// segment; one containing <c>/</c> cannot reach the server's route. The caller's token must hold the access.
    /// </summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="access">The access (ACL pattern), e.g. <c>confd.users.me.#</c>.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/policies/{policy_uuid}/acl/{access}")]
    Task AddAccessAsync(
        [AliasAs("policy_uuid")] string policyUuid,
        string access,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /policies/{policy_uuid}/acl/{access}</c>: removes an access from a policy.</summary>
    /// <param name="policyUuid">The policy's UUID, or its slug (resolved in the scoping tenant).</param>
    /// <param name="access">The access (ACL pattern) to remove.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("/policies/{policy_uuid}/acl/{access}")]
    Task RemoveAccessAsync(
        [AliasAs("policy_uuid")] string policyUuid,
        string access,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
