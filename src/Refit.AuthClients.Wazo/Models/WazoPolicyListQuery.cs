namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The parameters of <c>GET /policies</c> (sort columns: <c>name</c>, <c>slug</c>, <c>description</c>, <c>uuid</c>,
/// <c>read_only</c>).
/// </summary>
public sealed record WazoPolicyListQuery : WazoListQuery
{
    /// <summary>Only the policy with this UUID.</summary>
    [AliasAs("uuid")]
    public string? Uuid { get; init; }

    /// <summary>Only policies with this name.</summary>
    [AliasAs("name")]
    public string? Name { get; init; }

    /// <summary>Only the policy with this slug.</summary>
    [AliasAs("slug")]
    public string? Slug { get; init; }

    /// <summary>Only policies this user holds.</summary>
    [AliasAs("user_uuid")]
    public string? UserUuid { get; init; }

    /// <summary>Only policies this group holds.</summary>
    [AliasAs("group_uuid")]
    public string? GroupUuid { get; init; }

    /// <summary>Only read-only (true) or modifiable (false) policies.</summary>
    [AliasAs("read_only")]
    public bool? ReadOnly { get; init; }
}
