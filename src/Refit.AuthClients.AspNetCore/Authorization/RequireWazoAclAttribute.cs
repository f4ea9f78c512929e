using Microsoft.AspNetCore.Authorization;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Requires an authenticated request whose wazo token grants <see cref="Acl"/>, e.g.
/// <c>[RequireWazoAcl("confd.users.{id}.read")]</c>: <c>{id}</c> is the route value <c>id</c>. A request without a
/// valid token gets 401, one whose token lacks the access 403. Repeat the attribute to require several accesses.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
// Named in full: Refit has an AuthorizeAttribute of its own, which the enclosing namespace would otherwise pick.
public sealed class RequireWazoAclAttribute : Microsoft.AspNetCore.Authorization.AuthorizeAttribute, IAuthorizationRequirementData
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="acl">The access required, a template of route values.</param>
    /// <exception cref="ArgumentException"><paramref name="acl"/> is null, empty or blank.</exception>
    public RequireWazoAclAttribute(string acl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(acl);
        Acl = acl;
    }

    /// <summary>The access required, a template of route values.</summary>
    public string Acl { get; }

    /// <inheritdoc />
    public IEnumerable<IAuthorizationRequirement> GetRequirements()
    {
        yield return new WazoAclRequirement(Acl);
    }
}
