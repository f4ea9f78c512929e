using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>A user's quota of one resource in one project, and the whole project's.</summary>
public sealed record QuotaEntry
{
    /// <summary>The user's limit.</summary>
    [JsonPropertyName("limit")]
    public long Limit { get; init; }

    /// <summary>The user's usage.</summary>
    [JsonPropertyName("usage")]
    public long Usage { get; init; }

    /// <summary>The user's usage held by pending commissions.</summary>
    [JsonPropertyName("pending")]
    public long Pending { get; init; }

    /// <summary>The project's limit (absent on older servers).</summary>
    [JsonPropertyName("project_limit")]
    public long? ProjectLimit { get; init; }

    /// <summary>The project's usage (absent on older servers).</summary>
    [JsonPropertyName("project_usage")]
    public long? ProjectUsage { get; init; }

    /// <summary>The project's usage held by pending commissions (absent on older servers).</summary>
    [JsonPropertyName("project_pending")]
    public long? ProjectPending { get; init; }
}

/// <summary>A project's quota of one resource.</summary>
public sealed record ProjectQuotaEntry
{
    /// <summary>The project's limit.</summary>
    [JsonPropertyName("project_limit")]
    public long ProjectLimit { get; init; }

    /// <summary>The project's usage.</summary>
    [JsonPropertyName("project_usage")]
    public long ProjectUsage { get; init; }

    /// <summary>The project's usage held by pending commissions.</summary>
    [JsonPropertyName("project_pending")]
    public long ProjectPending { get; init; }
}
