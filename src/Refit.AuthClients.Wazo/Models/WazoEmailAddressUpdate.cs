using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>One address of an e-mail list update.</summary>
public sealed record WazoEmailAddressUpdate
{
    /// <summary>The address.</summary>
    [JsonPropertyName("address")]
    public required string Address { get; init; }

    /// <summary>Whether it is the main address; exactly one address of a non-empty list must be.</summary>
    [JsonPropertyName("main")]
    public bool Main { get; init; }

    /// <summary>
    /// Administrator update only: whether the address is confirmed; null keeps an existing address's state (a new
    /// one is unconfirmed). Not sent when null; the user update ignores it.
    /// </summary>
    [JsonPropertyName("confirmed")]
    public bool? Confirmed { get; init; }
}
