namespace Refit.AuthClients.Astakos;

/// <summary>Projects and memberships (user token). Changes are never repeated.</summary>
public partial interface IAstakosClient
{
    /// <summary>The projects visible to the caller, optionally filtered.</summary>
    /// <param name="name">Only projects of this name.</param>
    /// <param name="state">Only projects in this state (<c>uninitialized</c>, <c>active</c>, <c>suspended</c>, <c>terminated</c>, <c>deleted</c>).</param>
    /// <param name="owner">Only projects of this owner UUID.</param>
    /// <param name="mode"><c>member</c>, <c>related</c>, <c>active</c> or <c>default</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<Project>> GetProjectsAsync(
        string? name = null,
        string? state = null,
        string? owner = null,
        string? mode = null,
        CancellationToken cancellationToken = default);

    /// <summary>A project.</summary>
    /// <param name="id">The project UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Project> GetProjectAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Applies for a new project.</summary>
    /// <param name="spec">The project; <see cref="ProjectDefinition.Name"/> and <see cref="ProjectDefinition.EndDate"/> are required.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project UUID and the application id.</returns>
    Task<ProjectSubmission> CreateProjectAsync(ProjectSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Applies for a change to a project (<c>PUT</c>); only the fields set are sent.</summary>
    /// <param name="id">The project UUID.</param>
    /// <param name="spec">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project UUID and the application id.</returns>
    Task<ProjectSubmission> ModifyProjectAsync(string id, ProjectSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Applies a project action: <c>suspend</c>, <c>unsuspend</c>, <c>terminate</c> or <c>reinstate</c>.</summary>
    /// <param name="id">The project UUID.</param>
    /// <param name="action">The action.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ProjectActionAsync(string id, string action, string reason = "", CancellationToken cancellationToken = default);

    /// <summary>Applies an application action: <c>approve</c>, <c>deny</c>, <c>dismiss</c> or <c>cancel</c>.</summary>
    /// <param name="projectId">The project UUID.</param>
    /// <param name="appId">The application id.</param>
    /// <param name="action">The action.</param>
    /// <param name="reason">Why (sent as <c>reason</c>, which the service reads).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ApplicationActionAsync(string projectId, long appId, string action, string reason = "", CancellationToken cancellationToken = default);

    /// <summary>The memberships visible to the caller.</summary>
    /// <param name="projectId">Only those of this project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<Membership>> GetMembershipsAsync(string? projectId = null, CancellationToken cancellationToken = default);

    /// <summary>A membership.</summary>
    /// <param name="id">The membership id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Membership> GetMembershipAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Applies a membership action: <c>leave</c>, <c>cancel</c>, <c>accept</c>, <c>reject</c> or <c>remove</c>.</summary>
    /// <param name="id">The membership id.</param>
    /// <param name="action">The action.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task MembershipActionAsync(long id, string action, string reason = "", CancellationToken cancellationToken = default);

    /// <summary>Asks to join a project.</summary>
    /// <param name="projectId">The project UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The membership id.</returns>
    Task<long> JoinProjectAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Enrolls a user in a project.</summary>
    /// <param name="projectId">The project UUID.</param>
    /// <param name="email">The user's e-mail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The membership id.</returns>
    Task<long> EnrollMemberAsync(string projectId, string email, CancellationToken cancellationToken = default);
}
