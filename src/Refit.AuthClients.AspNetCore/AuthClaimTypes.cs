using System.Security.Claims;

namespace Refit.AuthClients.AspNetCore;

/// <summary>The claim types of the principals the wazo-auth and Astakos schemes build.</summary>
public static class AuthClaimTypes
{
    /// <summary>The wazo token's auth id (the user UUID for wazo users); also the principal's name and <see cref="ClaimTypes.NameIdentifier"/>.</summary>
    public const string WazoAuthId = "wazo:auth_id";

    /// <summary>The UUID of the wazo token's user (<c>metadata.uuid</c>).</summary>
    public const string WazoUserUuid = "wazo:user_uuid";

    /// <summary>The tenant the request acts on: the <c>Wazo-Tenant</c> header, validated by wazo-auth, else the user's tenant.</summary>
    public const string WazoTenantUuid = "wazo:tenant_uuid";

    /// <summary>The tenant of the wazo token's user (<c>metadata.tenant_uuid</c>).</summary>
    public const string WazoUserTenantUuid = "wazo:user_tenant_uuid";

    /// <summary>The wazo token's session UUID.</summary>
    public const string WazoSessionUuid = "wazo:session_uuid";

    /// <summary>One ACL the wazo token grants (one claim each; <c>!</c> marks a negation).</summary>
    public const string WazoAcl = "wazo:acl";

    /// <summary>The Astakos user's UUID; also <see cref="ClaimTypes.NameIdentifier"/>.</summary>
    public const string AstakosUuid = "astakos:uuid";

    /// <summary>The Astakos user's display name; also the principal's name (<see cref="ClaimTypes.Name"/>).</summary>
    public const string AstakosDisplayName = ClaimTypes.Name;

    /// <summary>A role (group) of the Astakos user, so that <c>IsInRole</c> and <c>[Authorize(Roles = …)]</c> work.</summary>
    public const string AstakosRole = ClaimTypes.Role;

    /// <summary>The UUID of a project the Astakos user is a member of (one claim each).</summary>
    public const string AstakosProject = "astakos:project";
}
