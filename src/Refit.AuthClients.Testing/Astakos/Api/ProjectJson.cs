using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>Project, application and membership objects.</summary>
internal static class ProjectJson
{
    public static JsonObject Project(AstakosState state, ProjectRecord project, bool withApplication)
    {
        var terms = project.Terms;
        var result = Object(
            ("id", project.Id),
            ("state", project.State),
            ("creation_date", AstakosApi.IsoTime(project.CreationDate)),
            ("name", terms.Name),
            ("owner", project.IsSystem ? null : terms.Owner),
            ("homepage", terms.Homepage),
            ("description", terms.Description),
            ("end_date", AstakosApi.IsoTime(terms.EndDate)),
            ("join_policy", terms.JoinPolicy),
            ("leave_policy", terms.LeavePolicy),
            ("max_members", terms.MaxMembers),
            ("private", terms.Private),
            ("system_project", project.IsSystem),
            ("resources", Resources(project.IsSystem ? SystemCapacities(state, project) : terms.Resources)));
        if (withApplication && project.LastApplication is { } application)
        {
            result["last_application"] = Application(application);
        }

        if (withApplication && project.DeactivationDate is { } deactivated)
        {
            result["deactivation_date"] = AstakosApi.IsoTime(deactivated);
        }

        return result;
    }

    public static JsonObject Membership(MembershipRecord membership, IEnumerable<string> allowedActions)
    {
        var result = Object(
            ("id", membership.Id),
            ("user", membership.User),
            ("project", membership.Project),
            ("state", membership.State),
            ("allowed_actions", Strings(allowedActions)));
        foreach (var (state, at) in membership.Log)
        {
            result[state] = AstakosApi.IsoTime(at);
        }

        return result;
    }

    private static JsonObject Application(ApplicationRecord application)
    {
        var terms = application.Terms;
        return Object(
            ("id", application.Id),
            ("state", application.State),
            ("name", terms.Name),
            ("owner", terms.Owner),
            ("applicant", application.Applicant),
            ("homepage", terms.Homepage),
            ("description", terms.Description),
            ("start_date", terms.StartDate is { } start ? AstakosApi.IsoTime(start) : null),
            ("end_date", AstakosApi.IsoTime(terms.EndDate)),
            ("comments", terms.Comments ?? ""),
            ("join_policy", terms.JoinPolicy),
            ("leave_policy", terms.LeavePolicy),
            ("max_members", terms.MaxMembers),
            ("private", terms.Private),
            ("resources", Resources(terms.Resources)));
    }

    private static JsonObject Resources(IReadOnlyDictionary<string, ResourceCapacity> resources)
    {
        var result = new JsonObject();
        foreach (var (name, capacity) in resources)
        {
            result[name] = Object(("project_capacity", capacity.ProjectCapacity), ("member_capacity", capacity.MemberCapacity));
        }

        return result;
    }

    /// <summary>A system project's capacities are its holdings' limits (the user's base quota).</summary>
    private static Dictionary<string, ResourceCapacity> SystemCapacities(AstakosState state, ProjectRecord project) =>
        state.Resources.Keys.ToDictionary(
            r => r,
            r => new ResourceCapacity(
                state.Holdings.GetValueOrDefault(HoldingKey.OfProject(project.Id, r))?.Limit ?? 0,
                state.Holdings.GetValueOrDefault(HoldingKey.OfMember(project.Id, project.Id, r))?.Limit ?? 0),
            StringComparer.Ordinal);
}
