using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The body of the e-mail list updates: the complete list of a user's addresses (missing ones are removed, an
/// empty list removes them all).
/// </summary>
public sealed record WazoEmailAddressList
{
    /// <summary>The addresses.</summary>
    [JsonPropertyName("emails")]
    public required IReadOnlyList<WazoEmailAddressUpdate> Emails { get; init; }
}
