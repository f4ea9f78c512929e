namespace Refit.AuthClients.Astakos;

/// <summary>Projects and memberships.</summary>
public sealed partial class AstakosClient
{
    private const string ProjectsPath = AstakosPaths.Account + "/projects";
    private const string MembershipsPath = ProjectsPath + "/memberships";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Project>> GetProjectsAsync(
        string? name = null,
        string? state = null,
        string? owner = null,
        string? mode = null,
        CancellationToken cancellationToken = default)
    {
        var projects = await _apis.Account.GetProjectsAsync(
            Arguments.Optional(name, nameof(name)),
            Arguments.Optional(state, nameof(state)),
            Arguments.Optional(owner, nameof(owner)),
            Arguments.Optional(mode, nameof(mode)),
            _token,
            cancellationToken).ConfigureAwait(false);
        return Required(projects, HttpMethod.Get, ProjectsPath, "project list");
    }

    /// <inheritdoc />
    public async Task<Project> GetProjectAsync(string id, CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Account.GetProjectAsync(Arguments.Text(id, nameof(id)), _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            $"{ProjectsPath}/{id}",
            "project");

    /// <inheritdoc />
    public async Task<ProjectSubmission> CreateProjectAsync(ProjectSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (string.IsNullOrWhiteSpace(spec.Name) || spec.EndDate is null)
        {
            throw new ArgumentException("A new project needs a name and an end date.", nameof(spec));
        }

        return Required(
            await _apis.Account.CreateProjectAsync(spec, _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Post,
            ProjectsPath,
            "submission");
    }

    /// <inheritdoc />
    public async Task<ProjectSubmission> ModifyProjectAsync(string id, ProjectSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.Text(id, nameof(id));
        ArgumentNullException.ThrowIfNull(spec);
        return Required(
            await _apis.Account.ModifyProjectAsync(id, spec, _token, cancellationToken: cancellationToken).ConfigureAwait(false),
            HttpMethod.Put,
            $"{ProjectsPath}/{id}",
            "submission");
    }

    /// <inheritdoc />
    public Task ProjectActionAsync(string id, string action, string reason = "", CancellationToken cancellationToken = default) =>
        ProjectActionAsync(id, action, new ProjectActionDetails { Reason = reason ?? string.Empty }, cancellationToken);

    /// <inheritdoc />
    public Task ApplicationActionAsync(string projectId, long appId, string action, string reason = "", CancellationToken cancellationToken = default) =>
        ProjectActionAsync(
            Arguments.Text(projectId, nameof(projectId)),
            action,
            new ProjectActionDetails { Reason = reason ?? string.Empty, ApplicationId = Arguments.Id(appId, nameof(appId)) },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Membership>> GetMembershipsAsync(string? projectId = null, CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Account.GetMembershipsAsync(Arguments.Optional(projectId, nameof(projectId)), _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            MembershipsPath,
            "membership list");

    /// <inheritdoc />
    public async Task<Membership> GetMembershipAsync(long id, CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Account.GetMembershipAsync(Arguments.Id(id, nameof(id)), _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            $"{MembershipsPath}/{id}",
            "membership");

    /// <inheritdoc />
    public Task MembershipActionAsync(long id, string action, string reason = "", CancellationToken cancellationToken = default)
    {
        Arguments.Id(id, nameof(id));
        return _apis.Account.MembershipActionAsync(id, ActionBody(action, reason ?? string.Empty), _token, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> JoinProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        CreateMembershipAsync(
            new MembershipRequest { Join = new MembershipTarget { Project = Arguments.Text(projectId, nameof(projectId)) } },
            cancellationToken);

    /// <inheritdoc />
    public Task<long> EnrollMemberAsync(string projectId, string email, CancellationToken cancellationToken = default) =>
        CreateMembershipAsync(
            new MembershipRequest
            {
                Enroll = new MembershipTarget { Project = Arguments.Text(projectId, nameof(projectId)), User = Arguments.Text(email, nameof(email)) },
            },
            cancellationToken);

    private Task ProjectActionAsync(string id, string action, ProjectActionDetails details, CancellationToken cancellationToken)
    {
        Arguments.Text(id, nameof(id));
        return _apis.Account.ProjectActionAsync(id, ActionBody(action, details), _token, cancellationToken);
    }

    private async Task<long> CreateMembershipAsync(MembershipRequest request, CancellationToken cancellationToken)
    {
        var reference = await _apis.Account.CreateMembershipAsync(request, _token, cancellationToken).ConfigureAwait(false);
        return reference?.Id ?? throw Invalid(HttpMethod.Post, MembershipsPath, "the answer has no membership \"id\".");
    }
}
