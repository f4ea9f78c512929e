using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>/groups</c>: list, create, read, edit, delete, and their users and policies.</summary>
internal sealed class GroupEndpoints(WazoApi api)
{
    public static readonly ListRules Rules = new("groups", ["name", "slug", "uuid", "read_only"], "name");

    private WazoState State => api.State;

    public static IEnumerable<string?> Searchable(WazoGroup group) => [group.Name, group.Slug, group.Uuid.ToString()];

    public static object? SortKey(WazoGroup group, string column) => column switch
    {
        "slug" => group.Slug,
        "uuid" => group.Uuid.ToString(),
        "read_only" => group.ReadOnly,
        _ => group.Name,
    };

    /// <summary>A related list (a user's groups): the full envelope, no extra filters.</summary>
    public static EmulatorReply RelatedPage(WazoApi api, EmulatorRequest request, IEnumerable<WazoGroup> groups) =>
        WazoApi.Ok(ListQuery.Parse(request, Rules, api.Errors).Apply(groups, Searchable, _ => true, SortKey).Envelope(WazoJson.Group));

    public void Map()
    {
        api.Map("GET", "/groups", List);
        api.Map("POST", "/groups", Create);
        api.Map("GET", "/groups/{group_uuid:uuid}", Get);
        api.Map("PUT", "/groups/{group_uuid:uuid}", Edit);
        api.Map("DELETE", "/groups/{group_uuid:uuid}", Delete);
        api.Map("GET", "/groups/{group_uuid:uuid}/users", ListUsers);
        api.Map("PUT", "/groups/{group_uuid:uuid}/users/{user_uuid:uuid}", AddUser);
        api.Map("DELETE", "/groups/{group_uuid:uuid}/users/{user_uuid:uuid}", RemoveUser);
        new PolicyLinkEndpoints(api, "groups", (caller, id) => api.VisibleGroup(caller, id).PolicyUuids).Map();
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.groups.read");
        var query = ListQuery.Parse(request, Rules, api.Errors);
        var scope = State.Scope(caller.ScopingTenant, query.Recurse).ToHashSet();
        var page = query.Apply(State.Groups.Values.Where(g => scope.Contains(g.TenantUuid)), Searchable, g => Matches(g, request), SortKey);
        return WazoApi.Ok(page.Envelope(WazoJson.Group));
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.groups.create");
        var fields = new BodyFields(api.RequireObject(request, "groups"), api.Errors, "groups");
        var name = fields.String("name", 1, 128, required: true)!;
        var slug = fields.String("slug", 1, 80);
        var inTenant = State.Groups.Values.Where(g => g.TenantUuid == caller.ScopingTenant).ToList();
        if (inTenant.Any(g => g.Name == name || g.Slug == slug))
        {
            throw api.Errors.Legacy(409, $"Group \"{name}\" already exists");
        }

        var group = new WazoGroup
        {
            Uuid = Guid.NewGuid(),
            TenantUuid = caller.ScopingTenant,
            Name = name,
            Slug = slug ?? Slugs.From(name, 80, s => inTenant.Any(g => g.Slug == s)),
        };
        State.Groups.Add(group.Uuid, group);
        return WazoApi.Ok(WazoJson.Group(group));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var id = request.Route("group_uuid");
        var caller = api.Authorize(request, $"auth.groups.{id}.read");
        return WazoApi.Ok(WazoJson.Group(api.VisibleGroup(caller, id)));
    }

    private EmulatorReply Edit(EmulatorRequest request)
    {
        var id = request.Route("group_uuid");
        var caller = api.Authorize(request, $"auth.groups.{id}.update");
        var group = Writable(caller, id);
        var name = new BodyFields(api.RequireObject(request, "groups"), api.Errors, "groups").String("name", 1, 128, required: true)!;
        if (State.Groups.Values.Any(g => g.TenantUuid == group.TenantUuid && g.Uuid != group.Uuid && g.Name == name))
        {
            throw api.Errors.Legacy(409, $"Group \"{name}\" already exists");
        }

        group.Name = name;
        return WazoApi.Ok(WazoJson.Group(group));
    }

    private EmulatorReply Delete(EmulatorRequest request)
    {
        var id = request.Route("group_uuid");
        var caller = api.Authorize(request, $"auth.groups.{id}.delete");
        State.Groups.Remove(Writable(caller, id).Uuid);
        return WazoApi.NoContent();
    }

    private EmulatorReply ListUsers(EmulatorRequest request)
    {
        var id = request.Route("group_uuid");
        var caller = api.Authorize(request, $"auth.groups.{id}.users.read");
        var group = api.VisibleGroup(caller, id);
        var query = ListQuery.Parse(request, UserEndpoints.Rules, api.Errors);
        var page = query.Apply(
            State.Users.Values.Where(group.HasMember),
            u => [u.Username, u.Firstname, u.Lastname, u.Uuid.ToString()],
            _ => true,
            (u, column) => column switch { "firstname" => u.Firstname, "lastname" => u.Lastname, "uuid" => u.Uuid.ToString(), _ => u.Username });
        return WazoApi.Ok(page.Envelope(WazoJson.User));
    }

    private EmulatorReply AddUser(EmulatorRequest request) => ChangeMember(request, "create", (group, user) =>
    {
        if (user.TenantUuid != group.TenantUuid)
        {
            throw api.Errors.Api(400, "Ressources are not in the same tenant", "missmatching-tenant",
                Object(("user_tenant_uuid", WazoJson.Id(user.TenantUuid)), ("group_tenant_uuid", WazoJson.Id(group.TenantUuid))),
                "groups");
        }

        group.UserUuids.Add(user.Uuid);
    });

    private EmulatorReply RemoveUser(EmulatorRequest request) => ChangeMember(request, "delete", (group, user) => group.UserUuids.Remove(user.Uuid));

    private EmulatorReply ChangeMember(EmulatorRequest request, string action, Action<WazoGroup, WazoUser> change)
    {
        var (id, userId) = (request.Route("group_uuid"), request.Route("user_uuid"));
        var caller = api.Authorize(request, $"auth.groups.{id}.users.{userId}.{action}");
        var group = Writable(caller, id);
        change(group, api.VisibleUser(caller, userId));
        return WazoApi.NoContent();
    }

    private WazoGroup Writable(WazoCaller caller, string id)
    {
        var group = api.VisibleGroup(caller, id);
        return group.ReadOnly
            ? throw api.Errors.Api(403, $"Forbidden group modification: \"{id}\"", "forbidden-group", Object(("uuid", id)), "groups")
            : group;
    }

    private bool Matches(WazoGroup group, EmulatorRequest request)
    {
        bool Is(string name, string? value) =>
            request.QueryValue(name) is not { } wanted || string.Equals(wanted, value, StringComparison.OrdinalIgnoreCase);
        var policies = group.PolicyUuids.Select(p => State.Policies.GetValueOrDefault(p)).OfType<WazoPolicy>().ToList();
        var readOnly = ListQuery.Flag(request, "read_only", api.Errors, "groups");
        return Is("uuid", group.Uuid.ToString())
            && Is("name", group.Name)
            && Is("slug", group.Slug)
            && (readOnly is null || readOnly == group.ReadOnly)
            && (request.QueryValue("user_uuid") is not { } user
                || (Guid.TryParse(user, out var u) && State.Users.TryGetValue(u, out var member) && group.HasMember(member)))
            && (request.QueryValue("policy_uuid") is not { } || policies.Any(p => Is("policy_uuid", p.Uuid.ToString())))
            && (request.QueryValue("policy_slug") is not { } || policies.Any(p => Is("policy_slug", p.Slug)));
    }
}
