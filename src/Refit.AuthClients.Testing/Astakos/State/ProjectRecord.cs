namespace Refit.AuthClients.Testing.Astakos.State;

/// <summary>A project's per-resource capacities: the whole project's and each member's.</summary>
internal readonly record struct ResourceCapacity(long ProjectCapacity, long MemberCapacity);

/// <summary>The fields a project application sets (create or modify).</summary>
internal sealed record ProjectTerms
{
    public required string Name { get; init; }

    public string? Owner { get; init; }

    public string? Homepage { get; init; }

    public string? Description { get; init; }

    public string? Comments { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public required DateTimeOffset EndDate { get; init; }

    public string JoinPolicy { get; init; } = "moderated";

    public string LeavePolicy { get; init; } = "auto";

    public long? MaxMembers { get; init; }

    public bool Private { get; init; }

    public IReadOnlyDictionary<string, ResourceCapacity> Resources { get; init; } = new Dictionary<string, ResourceCapacity>();
}

internal sealed class ProjectRecord
{
    public required string Id { get; init; }

    /// <summary><c>uninitialized</c>, <c>active</c>, <c>suspended</c>, <c>terminated</c> or <c>deleted</c>.</summary>
    public required string State { get; set; }

    public required DateTimeOffset CreationDate { get; init; }

    public required ProjectTerms Terms { get; set; }

    public bool IsSystem { get; init; }

    public DateTimeOffset? DeactivationDate { get; set; }

    public ApplicationRecord? LastApplication { get; set; }

    public bool IsActive => State == "active";
}

internal sealed class ApplicationRecord
{
    public required long Id { get; init; }

    /// <summary><c>pending</c>, <c>approved</c>, <c>replaced</c>, <c>denied</c>, <c>dismissed</c> or <c>cancelled</c>.</summary>
    public required string State { get; set; }

    public required string Applicant { get; init; }

    public required ProjectTerms Terms { get; init; }
}

internal sealed class MembershipRecord
{
    public required long Id { get; init; }

    public required string User { get; init; }

    public required string Project { get; init; }

    /// <summary>
    /// <c>requested</c>, <c>accepted</c>, <c>leave_requested</c>, <c>suspended</c>, <c>rejected</c>, <c>cancelled</c> or
    /// <c>removed</c>.
    /// </summary>
    public required string State { get; set; }

    /// <summary>When each state was entered, in order.</summary>
    public List<(string State, DateTimeOffset At)> Log { get; } = [];

    public bool IsAccepted => State is "accepted" or "leave_requested";
}
