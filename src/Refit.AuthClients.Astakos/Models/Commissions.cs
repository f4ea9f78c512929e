using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>A commission: provisions applied together.</summary>
public sealed record CommissionRequest
{
    /// <summary>The provisions (at least one).</summary>
    [JsonPropertyName("provisions")]
    public required IReadOnlyList<Provision> Provisions { get; init; }

    /// <summary>A description of the commission.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether limits may be exceeded.</summary>
    [JsonPropertyName("force")]
    public bool Force { get; init; }

    /// <summary>Whether the commission is accepted at once.</summary>
    [JsonPropertyName("auto_accept")]
    public bool AutoAccept { get; init; }
}

/// <summary>A pending commission.</summary>
public sealed record CommissionInfo
{
    /// <summary>The serial.</summary>
    [JsonPropertyName("serial")]
    [JsonRequired]
    public long Serial { get; init; }

    /// <summary>When it was issued.</summary>
    [JsonPropertyName("issue_time")]
    public DateTimeOffset? IssueTime { get; init; }

    /// <summary>Its description.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Its provisions.</summary>
    [JsonPropertyName("provisions")]
    public IReadOnlyList<Provision>? Provisions { get; init; }
}

/// <summary>The body that resolves many commissions.</summary>
public sealed record ResolveCommissionsRequest
{
    /// <summary>Serials to accept.</summary>
    [JsonPropertyName("accept")]
    public required IReadOnlyList<long> Accept { get; init; }

    /// <summary>Serials to reject.</summary>
    [JsonPropertyName("reject")]
    public required IReadOnlyList<long> Reject { get; init; }
}

/// <summary>What resolving many commissions did.</summary>
public sealed record CommissionResolution
{
    /// <summary>The serials accepted.</summary>
    [JsonPropertyName("accepted")]
    [JsonRequired]
    public IReadOnlyList<long> Accepted { get; init; } = [];

    /// <summary>The serials rejected.</summary>
    [JsonPropertyName("rejected")]
    [JsonRequired]
    public IReadOnlyList<long> Rejected { get; init; } = [];

    /// <summary>The serials that could not be resolved, with the reason.</summary>
    [JsonPropertyName("failed")]
    [JsonRequired]
    public IReadOnlyList<FailedCommission> Failed { get; init; } = [];
}

/// <summary>A commission that could not be resolved (on the wire: <c>[serial, {"&lt;fault&gt;": {...}}]</c>).</summary>
/// <param name="Serial">The serial.</param>
/// <param name="Fault">Why, e.g. <c>itemNotFound</c> "serial 58 does not exist".</param>
[JsonConverter(typeof(FailedCommissionConverter))]
public sealed record FailedCommission(long Serial, AstakosFault Fault);
