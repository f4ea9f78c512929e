using Microsoft.AspNetCore.Authorization;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Requires the wazo token to grant an access, e.g. <c>confd.users.{id}.read</c>: each <c>{name}</c> is the route
/// value of that name, with its dots turned to <c>_</c> as wazo services do. Evaluated locally, with wazo's rules
/// (<see cref="Wazo.Acl.WazoAcl"/>), against the ACL claims of the wazo-auth scheme.
/// </summary>
public sealed class WazoAclRequirement : IAuthorizationRequirement
{
    /// <summary>Creates the requirement.</summary>
    /// <param name="acl">The access required, a template of route values.</param>
    /// <exception cref="ArgumentException"><paramref name="acl"/> is null, empty or blank.</exception>
    public WazoAclRequirement(string acl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(acl);
        Acl = acl;
    }

    /// <summary>The access required, a template of route values.</summary>
    public string Acl { get; }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(WazoAclRequirement)}: {Acl}";
}
