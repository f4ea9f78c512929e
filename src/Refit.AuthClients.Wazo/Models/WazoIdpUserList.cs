using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>PUT /idp/{idp_type}/users</c>.</summary>
public sealed record WazoIdpUserList
{
    /// <summary>The users to associate.</summary>
    [JsonPropertyName("users")]
    public required IReadOnlyList<WazoIdpUser> Users { get; init; }
}
