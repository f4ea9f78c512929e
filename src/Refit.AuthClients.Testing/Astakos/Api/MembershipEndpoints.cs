using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// Memberships (user token): list, read, join or enroll, and the actions leave and cancel (the member), accept,
/// reject and remove (the project's owner or an administrator). An accepted member of an active project holds the
/// project's member capacity as quota.
/// </summary>
internal sealed class MembershipEndpoints(AstakosApi api)
{
    private AstakosState State => api.State;

    public void Map()
    {
        var memberships = api.Paths.Account + "/projects/memberships";
        api.Map("GET", memberships, List);
        api.Map("POST", memberships, Create);
        api.Map("GET", memberships + "/{membershipId:long}", Get);
        api.Map("POST", memberships + "/{membershipId:long}/action", Act);
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var project = request.QueryValue("project");
        var memberships = State.Memberships.Values
            .Where(m => (project is null || m.Project == project) && IsVisible(user, m))
            .OrderBy(m => m.Id)
            .Select(m => (JsonNode?)ProjectJson.Membership(m, AllowedActions(user, m)));
        return EmulatorReply.Json(200, Array(memberships));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var membership = Visible(user, request.Route("membershipId"));
        return EmulatorReply.Json(200, ProjectJson.Membership(membership, AllowedActions(user, membership)));
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var body = AstakosApi.JsonBody(request) as JsonObject;
        if (body?["join"] is JsonObject join)
        {
            return Reference(Join(user, ProjectOf(user, join)));
        }

        if (body?["enroll"] is JsonObject enroll)
        {
            var project = ProjectOf(user, enroll);
            if (!ProjectAccess.Manages(user, project))
            {
                throw AstakosFaults.Forbidden("Only the project owner or an administrator may enroll members");
            }

            var name = enroll["user"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "";
            var member = State.UserByDisplayName(name) ?? throw AstakosFaults.NotFound($"User does not exist: {name}");
            return Reference(Enroll(member, project));
        }

        throw AstakosFaults.BadRequest("No recognized action");
    }

    private EmulatorReply Act(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var membership = Visible(user, request.Route("membershipId"));
        var body = AstakosApi.JsonBody(request) as JsonObject ?? throw AstakosFaults.BadRequest("No recognized action");
        if (body.Count != 1)
        {
            throw AstakosFaults.BadRequest(body.Count == 0 ? "No recognized action" : "Multiple actions not supported");
        }

        var action = body.First().Key;
        if (action is not ("leave" or "cancel" or "accept" or "reject" or "remove"))
        {
            throw AstakosFaults.BadRequest("No recognized action");
        }

        if (!AllowedActions(user, membership).Contains(action))
        {
            throw AstakosFaults.Conflict($"Action '{action}' is not allowed on membership {membership.Id} in state '{membership.State}'");
        }

        var project = State.Projects[membership.Project];
        State.ChangeMembership(membership, (action, membership.State) switch
        {
            ("leave", _) => project.Terms.LeavePolicy == "auto" ? "removed" : "leave_requested",
            ("cancel", _) => "cancelled",
            ("accept", "leave_requested") => "removed",
            ("accept", _) => "accepted",
            ("reject", "leave_requested") => "accepted",
            ("reject", _) => "rejected",
            _ => "removed",
        });
        return EmulatorReply.Empty(200);
    }

    private MembershipRecord Join(AstakosUserRecord user, ProjectRecord project)
    {
        if (project.Terms.JoinPolicy == "closed" || project.IsSystem)
        {
            throw AstakosFaults.Conflict("The project does not accept join requests");
        }

        EnsureCanGainMember(user, project);
        return State.AddMembership(user.Uuid, project.Id, project.Terms.JoinPolicy == "auto" ? "accepted" : "requested");
    }

    private MembershipRecord Enroll(AstakosUserRecord member, ProjectRecord project)
    {
        if (State.MembershipOf(member.Uuid, project.Id) is { State: "requested" } requested)
        {
            State.ChangeMembership(requested, "accepted");
            return requested;
        }

        EnsureCanGainMember(member, project);
        return State.AddMembership(member.Uuid, project.Id, "accepted");
    }

    private void EnsureCanGainMember(AstakosUserRecord user, ProjectRecord project)
    {
        if (!project.IsActive)
        {
            throw AstakosFaults.Conflict($"Project {project.Id} is not active");
        }

        if (State.MembershipOf(user.Uuid, project.Id) is { State: "requested" or "accepted" or "leave_requested" })
        {
            throw AstakosFaults.Conflict("Membership already exists");
        }

        if (project.Terms.MaxMembers is { } max && State.AcceptedMembers(project.Id).Count() >= max)
        {
            throw AstakosFaults.Conflict("The project has reached its maximum number of members");
        }
    }

    private ProjectRecord ProjectOf(AstakosUserRecord user, JsonObject action) =>
        action["project"] is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? ProjectAccess.Visible(State, user, v.GetValue<string>())
            : throw AstakosFaults.BadRequest("Missing project");

    /// <summary>What the caller may do: the member leaves or cancels, the project's managers decide.</summary>
    private IEnumerable<string> AllowedActions(AstakosUserRecord user, MembershipRecord membership)
    {
        var own = membership.User == user.Uuid;
        var manages = ProjectAccess.Manages(user, State.Projects[membership.Project]);
        var actions = new List<string>();
        switch (membership.State)
        {
            case "requested":
                actions.AddRange(own ? ["cancel"] : []);
                actions.AddRange(manages ? ["accept", "reject"] : []);
                break;
            case "accepted":
                // A project whose leave policy is closed cannot be left, as one whose join policy is closed cannot be joined.
                var project = State.Projects[membership.Project];
                actions.AddRange(own && !project.IsSystem && project.Terms.LeavePolicy != "closed" ? ["leave"] : []);
                actions.AddRange(manages && !own ? ["remove"] : []);
                break;
            case "leave_requested":
                actions.AddRange(manages ? ["accept", "reject", "remove"] : []);
                break;
        }

        return actions.Distinct();
    }

    private bool IsVisible(AstakosUserRecord user, MembershipRecord membership) =>
        membership.User == user.Uuid || ProjectAccess.Manages(user, State.Projects[membership.Project]);

    private MembershipRecord Visible(AstakosUserRecord user, string id) =>
        State.Memberships.TryGetValue(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), out var membership) && IsVisible(user, membership)
            ? membership
            : throw AstakosFaults.NotFound($"No such membership {id}");

    private static EmulatorReply Reference(MembershipRecord membership) => EmulatorReply.Json(200, Object(("id", membership.Id)));
}
