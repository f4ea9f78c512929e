using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>What a project is: name, owner, home page, description, end date, policies, member limit, privacy and resources.</summary>
public abstract record ProjectDefinition
{
    /// <summary>The project name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The owner's UUID (on creation, default: the caller; null for system projects).</summary>
    [JsonPropertyName("owner")]
    public string? Owner { get; init; }

    /// <summary>The project's home page.</summary>
    [JsonPropertyName("homepage")]
    public string? Homepage { get; init; }

    /// <summary>The description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>When the project ends.</summary>
    [JsonPropertyName("end_date")]
    public DateTimeOffset? EndDate { get; init; }

    /// <summary><c>auto</c>, <c>moderated</c> (server default on creation) or <c>closed</c>.</summary>
    [JsonPropertyName("join_policy")]
    public string? JoinPolicy { get; init; }

    /// <summary><c>auto</c> (server default on creation), <c>moderated</c> or <c>closed</c>.</summary>
    [JsonPropertyName("leave_policy")]
    public string? LeavePolicy { get; init; }

    /// <summary>The most members allowed.</summary>
    [JsonPropertyName("max_members")]
    public long? MaxMembers { get; init; }

    /// <summary>Whether the project is private.</summary>
    [JsonPropertyName("private")]
    public bool? Private { get; init; }

    /// <summary>Resource → capacities.</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyDictionary<string, ProjectResourcePolicy>? Resources { get; init; }
}

/// <summary>A project.</summary>
public sealed record Project : ProjectDefinition
{
    /// <summary>The project UUID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary><c>uninitialized</c>, <c>active</c>, <c>suspended</c>, <c>terminated</c> or <c>deleted</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>When the project was created.</summary>
    [JsonPropertyName("creation_date")]
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Whether this is a user's system project.</summary>
    [JsonPropertyName("system_project")]
    public bool? SystemProject { get; init; }

    /// <summary>The latest application (shown to the owner, the applicant and admins only).</summary>
    [JsonPropertyName("last_application")]
    public ProjectApplication? LastApplication { get; init; }

    /// <summary>When the project was deactivated, if it was.</summary>
    [JsonPropertyName("deactivation_date")]
    public DateTimeOffset? DeactivationDate { get; init; }
}

/// <summary>
/// The fields of a project application. On creation <see cref="ProjectDefinition.Name"/> and
/// <see cref="ProjectDefinition.EndDate"/> are required; on modification only the fields set are sent.
/// </summary>
public record ProjectSpec : ProjectDefinition
{
    /// <summary>Comments for the reviewers.</summary>
    [JsonPropertyName("comments")]
    public string? Comments { get; init; }

    /// <summary>When the project starts.</summary>
    [JsonPropertyName("start_date")]
    public DateTimeOffset? StartDate { get; init; }
}

/// <summary>An application to create or modify a project: the fields asked for, and its state.</summary>
public sealed record ProjectApplication : ProjectSpec
{
    /// <summary>The application id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; init; }

    /// <summary><c>pending</c>, <c>approved</c>, <c>replaced</c>, <c>denied</c>, <c>dismissed</c> or <c>cancelled</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>The applicant's UUID.</summary>
    [JsonPropertyName("applicant")]
    public string? Applicant { get; init; }
}

/// <summary>How much of a resource a project grants, in total and to each member.</summary>
public sealed record ProjectResourcePolicy
{
    /// <summary>The project's total.</summary>
    [JsonPropertyName("project_capacity")]
    public long? ProjectCapacity { get; init; }

    /// <summary>Each member's share.</summary>
    [JsonPropertyName("member_capacity")]
    public long? MemberCapacity { get; init; }
}

/// <summary>What creating or modifying a project returns: the project and the application submitted.</summary>
public sealed record ProjectSubmission
{
    /// <summary>The project UUID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The id of the application submitted.</summary>
    [JsonPropertyName("application")]
    public long Application { get; init; }
}

/// <summary>The value of a project action: <c>{"reason": …, "app_id": …}</c>.</summary>
public sealed record ProjectActionDetails
{
    /// <summary>Why.</summary>
    [JsonPropertyName("reason")]
    public string Reason { get; init; } = string.Empty;

    /// <summary>The application acted on, for application actions; omitted otherwise.</summary>
    [JsonPropertyName("app_id")]
    public long? ApplicationId { get; init; }
}
