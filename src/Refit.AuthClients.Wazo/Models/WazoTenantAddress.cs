using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The postal address of a tenant.</summary>
public sealed record WazoTenantAddress
{
    /// <summary>The first line.</summary>
    [JsonPropertyName("line_1")]
    public string? Line1 { get; init; }

    /// <summary>The second line.</summary>
    [JsonPropertyName("line_2")]
    public string? Line2 { get; init; }

    /// <summary>The city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>The state or province.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>The country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>The postal code.</summary>
    [JsonPropertyName("zip_code")]
    public string? ZipCode { get; init; }
}
