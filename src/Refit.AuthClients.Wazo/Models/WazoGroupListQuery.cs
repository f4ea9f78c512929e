namespace Refit.AuthClients.Wazo.Models;

/// <summary>The parameters of <c>GET /groups</c> (sort columns: <c>name</c>, <c>slug</c>, <c>uuid</c>, <c>read_only</c>).</summary>
public sealed record WazoGroupListQuery : WazoListQuery
{
    /// <summary>Only the group with this UUID.</summary>
    [AliasAs("uuid")]
    public string? Uuid { get; init; }

    /// <summary>Only groups with this name.</summary>
    [AliasAs("name")]
    public string? Name { get; init; }

    /// <summary>Only the group with this slug.</summary>
    [AliasAs("slug")]
    public string? Slug { get; init; }

    /// <summary>Only groups this user belongs to.</summary>
    [AliasAs("user_uuid")]
    public string? UserUuid { get; init; }

    /// <summary>Only system-managed (true) or ordinary (false) groups.</summary>
    [AliasAs("read_only")]
    public bool? ReadOnly { get; init; }

    /// <summary>Only groups holding this policy.</summary>
    [AliasAs("policy_uuid")]
    public string? PolicyUuid { get; init; }

    /// <summary>Only groups holding the policy with this slug.</summary>
    [AliasAs("policy_slug")]
    public string? PolicySlug { get; init; }
}
