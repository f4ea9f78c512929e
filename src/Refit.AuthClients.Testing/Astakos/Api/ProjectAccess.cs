using Refit.AuthClients.Testing.Astakos.State;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>Who may see and act on a project or a membership.</summary>
internal static class ProjectAccess
{
    /// <summary>Project administrators and the owner manage a project and its members.</summary>
    public static bool Manages(AstakosUserRecord user, ProjectRecord project) =>
        user.IsProjectAdmin || (!project.IsSystem && project.Terms.Owner == user.Uuid);

    /// <summary>Owner, applicant of its last application, or holder of a membership (in any state).</summary>
    public static bool IsRelated(AstakosState state, AstakosUserRecord user, ProjectRecord project) =>
        project.Terms.Owner == user.Uuid
        || project.LastApplication?.Applicant == user.Uuid
        || state.Memberships.Values.Any(m => m.Project == project.Id && m.User == user.Uuid);

    public static bool IsVisible(AstakosState state, AstakosUserRecord user, ProjectRecord project) =>
        user.IsProjectAdmin || IsRelated(state, user, project) || (project.IsActive && !project.Terms.Private);

    /// <summary>The project with this id if the user may see it, else the server's 404.</summary>
    public static ProjectRecord Visible(AstakosState state, AstakosUserRecord user, string id) =>
        state.Projects.TryGetValue(id, out var project) && IsVisible(state, user, project)
            ? project
            : throw AstakosFaults.NotFound($"No such project \"{id}\"");
}
