using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Requires wazo ACLs on policies and endpoints.</summary>
public static class WazoAclAuthorizationExtensions
{
    /// <summary>Adds a <see cref="WazoAclRequirement"/> for <paramref name="acl"/> to the policy.</summary>
    /// <param name="policy">The policy builder.</param>
    /// <param name="acl">The access required, e.g. <c>confd.users.{id}.read</c>.</param>
    /// <returns>The same builder.</returns>
    public static AuthorizationPolicyBuilder RequireWazoAcl(this AuthorizationPolicyBuilder policy, string acl)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.AddRequirements(new WazoAclRequirement(acl));
    }

    /// <summary>Requires an authenticated request whose wazo token grants <paramref name="acl"/> on the endpoints.</summary>
    /// <typeparam name="TBuilder">The endpoint convention builder.</typeparam>
    /// <param name="builder">The endpoints, e.g. a <c>MapGet</c>.</param>
    /// <param name="acl">The access required, e.g. <c>confd.users.{id}.read</c>.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder RequireWazoAcl<TBuilder>(this TBuilder builder, string acl)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireAuthorization(new RequireWazoAclAttribute(acl));
    }
}
