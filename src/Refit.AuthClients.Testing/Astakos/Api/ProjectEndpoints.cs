using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// Projects (user token): list with filters, read, create and modify (each submits an application), and the
/// project and application actions (suspend … reinstate by project administrators; approve/deny by them, dismiss
/// and cancel by the applicant).
/// </summary>
internal sealed class ProjectEndpoints(AstakosApi api)
{
    private static readonly string[] States = ["uninitialized", "active", "suspended", "terminated", "deleted"];
    private static readonly string[] Modes = ["default", "related", "active", "member"];
    private static readonly string[] ProjectActions = ["suspend", "unsuspend", "terminate", "reinstate"];
    private static readonly string[] ApplicationActions = ["approve", "deny", "dismiss", "cancel"];

    private AstakosState State => api.State;

    public void Map()
    {
        var projects = api.Paths.Account + "/projects";
        api.Map("GET", projects, List);
        api.Map("POST", projects, Create);
        api.Map("GET", projects + "/{projectId}", Get);
        api.Map("PUT", projects + "/{projectId}", Modify);
        api.Map("POST", projects + "/{projectId}/action", Act);
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var (name, state, owner) = (request.QueryValue("name"), request.QueryValue("state"), request.QueryValue("owner"));
        var mode = request.QueryValue("mode") ?? "default";
        if (state is not null && !States.Contains(state))
        {
            throw AstakosFaults.BadRequest($"Unrecognized state {state}");
        }

        if (!Modes.Contains(mode))
        {
            throw AstakosFaults.BadRequest($"Unrecognized mode {mode}");
        }

        var projects = State.Projects.Values
            .Where(p => mode switch
            {
                "related" => ProjectAccess.IsRelated(State, user, p),
                "member" => p.IsActive && State.MembershipOf(user.Uuid, p.Id) is { IsAccepted: true },
                "active" => p.IsActive && ProjectAccess.IsVisible(State, user, p),
                _ => ProjectAccess.IsVisible(State, user, p),
            })
            .Where(p => (name is null || p.Terms.Name == name) && (state is null || p.State == state)
                && (owner is null || (!p.IsSystem && p.Terms.Owner == owner)))
            .OrderBy(p => p.CreationDate)
            .Select(p => (JsonNode?)ProjectJson.Project(State, p, ProjectAccess.Manages(user, p) || p.LastApplication?.Applicant == user.Uuid));
        return EmulatorReply.Json(200, Array(projects));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var project = ProjectAccess.Visible(State, user, request.Route("projectId"));
        var withApplication = ProjectAccess.Manages(user, project) || project.LastApplication?.Applicant == user.Uuid;
        return EmulatorReply.Json(200, ProjectJson.Project(State, project, withApplication));
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var spec = AstakosApi.JsonBody(request) as JsonObject ?? throw AstakosFaults.BadRequest("Invalid project specification");
        var terms = ProjectSpecReader.Read(spec, current: null, user.Uuid, State);
        var project = new ProjectRecord { Id = Guid.NewGuid().ToString(), State = "uninitialized", CreationDate = State.Now(), Terms = terms };
        State.Projects.Add(project.Id, project);
        var application = Submit(project, terms, user);
        return EmulatorReply.Json(201, Object(("id", project.Id), ("application", application.Id)));
    }

    private EmulatorReply Modify(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var project = ProjectAccess.Visible(State, user, request.Route("projectId"));
        if (!ProjectAccess.Manages(user, project))
        {
            throw AstakosFaults.Forbidden("Only the project owner or an administrator may modify the project");
        }

        var spec = AstakosApi.JsonBody(request) as JsonObject ?? throw AstakosFaults.BadRequest("Invalid project specification");
        var application = Submit(project, ProjectSpecReader.Read(spec, project.Terms, user.Uuid, State), user);
        return EmulatorReply.Json(201, Object(("id", project.Id), ("application", application.Id)));
    }

    private EmulatorReply Act(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var project = ProjectAccess.Visible(State, user, request.Route("projectId"));
        var body = AstakosApi.JsonBody(request) as JsonObject ?? throw AstakosFaults.BadRequest("No recognized action");
        if (body.Count > 1)
        {
            throw AstakosFaults.BadRequest("Multiple actions not supported");
        }

        var (action, value) = body.FirstOrDefault();
        if (value is not (null or JsonObject))
        {
            throw AstakosFaults.BadRequest("Malformed request");
        }

        var details = (JsonObject?)value;
        var reason = details?["reason"];
        if (reason is not null && reason.GetValueKind() != JsonValueKind.String)
        {
            throw AstakosFaults.BadRequest("Invalid reason");
        }

        if (ProjectActions.Contains(action))
        {
            ProjectAction(user, project, action);
        }
        else if (ApplicationActions.Contains(action))
        {
            ApplicationAction(user, project, action, details?["app_id"]);
        }
        else
        {
            throw AstakosFaults.BadRequest("No recognized action");
        }

        State.SyncProjectHoldings(project);
        return EmulatorReply.Empty(200);
    }

    private void ProjectAction(AstakosUserRecord user, ProjectRecord project, string action)
    {
        if (!user.IsProjectAdmin || project.IsSystem)
        {
            throw AstakosFaults.Forbidden($"Only a project administrator may {action} a project");
        }

        var (from, to) = action switch
        {
            "suspend" => (new[] { "active" }, "suspended"),
            "unsuspend" => (["suspended"], "active"),
            "terminate" => (["active", "suspended"], "terminated"),
            _ => (["terminated"], "active"),
        };
        if (!from.Contains(project.State))
        {
            throw AstakosFaults.Conflict($"Cannot {action} project in state '{project.State}'");
        }

        project.State = to;
        project.DeactivationDate = to == "active" ? null : State.Now();
    }

    private static void ApplicationAction(AstakosUserRecord user, ProjectRecord project, string action, JsonNode? appIdNode)
    {
        if (appIdNode is not JsonValue v || !v.TryGetValue<long>(out var appId))
        {
            throw AstakosFaults.BadRequest("Missing or invalid app_id");
        }

        var application = project.LastApplication is { } last && last.Id == appId
            ? last
            : throw AstakosFaults.NotFound($"No such application {appId} for project {project.Id}");
        var (allowed, from, to) = action switch
        {
            "approve" => (user.IsProjectAdmin, "pending", "approved"),
            "deny" => (user.IsProjectAdmin, "pending", "denied"),
            "dismiss" => (application.Applicant == user.Uuid, "denied", "dismissed"),
            _ => (application.Applicant == user.Uuid, "pending", "cancelled"),
        };
        if (!allowed)
        {
            throw AstakosFaults.Forbidden($"Not allowed to {action} application {appId}");
        }

        if (application.State != from)
        {
            throw AstakosFaults.Conflict($"Cannot {action} application {appId} in state '{application.State}'");
        }

        application.State = to;
        if (to == "approved")
        {
            project.Terms = application.Terms;
            if (project.State == "uninitialized")
            {
                project.State = "active";
            }
        }
    }

    /// <summary>Files an application for the project; a still-pending previous one is replaced.</summary>
    private ApplicationRecord Submit(ProjectRecord project, ProjectTerms terms, AstakosUserRecord applicant)
    {
        if (project.LastApplication is { State: "pending" } previous)
        {
            previous.State = "replaced";
        }

        var application = new ApplicationRecord { Id = State.NextApplicationId++, State = "pending", Applicant = applicant.Uuid, Terms = terms };
        project.LastApplication = application;
        if (project.State == "uninitialized")
        {
            project.Terms = terms;
        }

        return application;
    }
}
