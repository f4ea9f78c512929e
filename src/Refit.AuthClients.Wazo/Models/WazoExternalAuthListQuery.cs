namespace Refit.AuthClients.Wazo.Models;

/// <summary>The parameters of <c>GET /users/{user_uuid}/external</c> (sort column: <c>type</c>).</summary>
public sealed record WazoExternalAuthListQuery : WazoListQuery
{
    /// <summary>Only the external authentication of this type.</summary>
    [AliasAs("type")]
    public string? Type { get; init; }
}
