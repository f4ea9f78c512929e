namespace Refit.AuthClients.Wazo.Models;

/// <summary>The parameters of a refresh-token list (sort columns: <c>created_at</c>, <c>client_id</c>, <c>mobile</c>).</summary>
public sealed record WazoRefreshTokenListQuery : WazoListQuery
{
    /// <summary>Only the refresh tokens of this application.</summary>
    [AliasAs("client_id")]
    public string? ClientId { get; init; }

    /// <summary>Only mobile (true) or non-mobile (false) refresh tokens.</summary>
    [AliasAs("mobile")]
    public bool? Mobile { get; init; }

    /// <summary>Only the refresh tokens created at this time.</summary>
    [AliasAs("created_at")]
    public string? CreatedAt { get; init; }
}
