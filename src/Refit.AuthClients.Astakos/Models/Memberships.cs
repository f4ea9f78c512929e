using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>A user's membership of a project.</summary>
public sealed record Membership
{
    /// <summary>The membership id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; init; }

    /// <summary>The member's UUID.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>The project UUID.</summary>
    [JsonPropertyName("project")]
    public string? Project { get; init; }

    /// <summary>
    /// <c>requested</c>, <c>accepted</c>, <c>leave_requested</c>, <c>suspended</c>, <c>rejected</c>,
    /// <c>cancelled</c> or <c>removed</c>.
    /// </summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>The actions the caller may take on it.</summary>
    [JsonPropertyName("allowed_actions")]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>
    /// The other fields: the service adds one date per state the membership went through (e.g. <c>requested</c>,
    /// <c>accepted</c>); read them with <see cref="GetStateDate"/>.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>When the membership entered <paramref name="state"/>, if it did.</summary>
    public DateTimeOffset? GetStateDate(string state) =>
        AdditionalFields is not null && AdditionalFields.TryGetValue(state, out var value)
        && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var date)
            ? date
            : null;
}

/// <summary>The body that joins a project or enrolls a member: exactly one of the two is set.</summary>
public sealed record MembershipRequest
{
    /// <summary>The project the caller joins.</summary>
    [JsonPropertyName("join")]
    public MembershipTarget? Join { get; init; }

    /// <summary>The project and the user (e-mail) enrolled.</summary>
    [JsonPropertyName("enroll")]
    public MembershipTarget? Enroll { get; init; }
}

/// <summary>A project and, for an enrollment, a user.</summary>
public sealed record MembershipTarget
{
    /// <summary>The project UUID.</summary>
    [JsonPropertyName("project")]
    public required string Project { get; init; }

    /// <summary>The user's e-mail, for an enrollment.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }
}

/// <summary>The answer of a join or an enrollment: <c>{"id": &lt;membership id&gt;}</c>.</summary>
public sealed record MembershipReference
{
    /// <summary>The membership id.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }
}
