using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>An e-mail address of a user.</summary>
public sealed record WazoUserEmail
{
    /// <summary>The address's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The address.</summary>
    [JsonPropertyName("address")]
    public string? Address { get; init; }

    /// <summary>Whether it is the user's main address.</summary>
    [JsonPropertyName("main")]
    public bool? Main { get; init; }

    /// <summary>Whether it has been confirmed.</summary>
    [JsonPropertyName("confirmed")]
    public bool? Confirmed { get; init; }
}
