namespace Refit.AuthClients.Wazo.Models;

/// <summary>The parameters of <c>GET /users</c>: list parameters and exact-match filters.</summary>
public sealed record WazoUserListQuery : WazoListQuery
{
    /// <summary>Only the user with this UUID.</summary>
    [AliasAs("uuid")]
    public string? Uuid { get; init; }

    /// <summary>Only the user with this login.</summary>
    [AliasAs("username")]
    public string? Username { get; init; }

    /// <summary>Only users with this first name.</summary>
    [AliasAs("firstname")]
    public string? Firstname { get; init; }

    /// <summary>Only users with this last name.</summary>
    [AliasAs("lastname")]
    public string? Lastname { get; init; }

    /// <summary>Only users with this purpose.</summary>
    [AliasAs("purpose")]
    public string? Purpose { get; init; }

    /// <summary>Only the user with this e-mail address.</summary>
    [AliasAs("email_address")]
    public string? EmailAddress { get; init; }

    /// <summary>Only members of this group.</summary>
    [AliasAs("group_uuid")]
    public string? GroupUuid { get; init; }

    /// <summary>Only users holding this policy directly.</summary>
    [AliasAs("policy_uuid")]
    public string? PolicyUuid { get; init; }

    /// <summary>Only users holding the policy with this slug directly.</summary>
    [AliasAs("policy_slug")]
    public string? PolicySlug { get; init; }

    /// <summary>Only users holding this policy, directly or through a group.</summary>
    [AliasAs("has_policy_uuid")]
    public string? HasPolicyUuid { get; init; }

    /// <summary>Only users holding the policy with this slug, directly or through a group.</summary>
    [AliasAs("has_policy_slug")]
    public string? HasPolicySlug { get; init; }
}
