using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>/policies</c>: list, create, read, edit, delete, and adding or removing one access.</summary>
internal sealed class PolicyEndpoints(WazoApi api)
{
    public static readonly ListRules Rules = new("policies", ["name", "slug", "description", "uuid", "read_only"], "name", LegacyErrors: true);

    private WazoState State => api.State;

    public static IEnumerable<string?> Searchable(WazoPolicy policy) => [policy.Name, policy.Slug, policy.Description, policy.Uuid.ToString()];

    public static object? SortKey(WazoPolicy policy, string column) => column switch
    {
        "slug" => policy.Slug,
        "description" => policy.Description,
        "uuid" => policy.Uuid.ToString(),
        "read_only" => policy.Shared,
        _ => policy.Name,
    };

    /// <summary>A related list (a user's or a group's policies): the full envelope, no extra filters.</summary>
    public static EmulatorReply RelatedPage(WazoApi api, EmulatorRequest request, WazoCaller caller, IEnumerable<WazoPolicy> policies) =>
        WazoApi.Ok(ListQuery.Parse(request, Rules, api.Errors).Apply(policies, Searchable, _ => true, SortKey)
            .Envelope(p => WazoJson.Policy(p, caller.ScopingTenant)));

    public void Map()
    {
        api.Map("GET", "/policies", List);
        api.Map("POST", "/policies", Create);
        api.Map("GET", "/policies/{policy}", Get);
        api.Map("PUT", "/policies/{policy}", Edit);
        api.Map("DELETE", "/policies/{policy}", Delete);
        api.Map("PUT", "/policies/{policy}/acl/{access}", AddAccess);
        api.Map("DELETE", "/policies/{policy}/acl/{access}", RemoveAccess);
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.policies.read");
        var query = ListQuery.Parse(request, Rules, api.Errors);
        var page = query.Apply(
            State.Policies.Values.Where(p => State.IsPolicyVisible(p, caller.ScopingTenant, query.Recurse)),
            Searchable,
            p => Matches(p, request, caller),
            SortKey);
        return WazoApi.Ok(page.EnvelopeWithoutFiltered(p => WazoJson.Policy(p, caller.ScopingTenant)));
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.policies.create");
        var fields = new BodyFields(api.RequireObject(request, "policies"), api.Errors, "policies", legacyErrors: true);
        var name = fields.String("name", 1, 80, required: true)!;
        var slug = fields.String("slug", 1, 80);
        if (slug is not null && !slug.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw fields.Invalid("slug", "regex", "Invalid slug.");
        }

        var inTenant = State.Policies.Values.Where(p => p.TenantUuid == caller.ScopingTenant).ToList();
        if (inTenant.Any(p => p.Name == name || p.Slug == slug))
        {
            throw api.Errors.Legacy(409, $"Policy \"{slug ?? name}\" already exists");
        }

        var policy = new WazoPolicy
        {
            Uuid = Guid.NewGuid(),
            TenantUuid = caller.ScopingTenant,
            Name = name,
            Slug = slug ?? Slugs.From(name, 80, s => inTenant.Any(p => p.Slug == s)),
            Description = fields.String("description"),
            Acl = fields.Strings("acl", unique: true) ?? [],
            Shared = fields.Bool("shared") ?? false,
        };
        State.Policies.Add(policy.Uuid, policy);
        return WazoApi.Ok(WazoJson.Policy(policy, caller.ScopingTenant));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var id = request.Route("policy");
        var caller = api.Authorize(request, $"auth.policies.{WazoApi.Arg(id)}.read");
        return WazoApi.Ok(WazoJson.Policy(api.VisiblePolicy(caller, id), caller.ScopingTenant));
    }

    private EmulatorReply Edit(EmulatorRequest request)
    {
        var id = request.Route("policy");
        var caller = api.Authorize(request, $"auth.policies.{WazoApi.Arg(id)}.update");
        var policy = Writable(caller, id);
        var fields = new BodyFields(api.RequireObject(request, "policies"), api.Errors, "policies", legacyErrors: true);
        var name = fields.String("name", 1, 80, required: true)!;
        if (State.Policies.Values.Any(p => p.TenantUuid == policy.TenantUuid && p.Uuid != policy.Uuid && p.Name == name))
        {
            throw api.Errors.Legacy(409, $"Policy \"{name}\" already exists");
        }

        policy.Name = name;
        policy.Description = fields.String("description");
        policy.Acl = fields.Strings("acl", unique: true) ?? [];
        return WazoApi.Ok(WazoJson.Policy(policy, caller.ScopingTenant));
    }

    private EmulatorReply Delete(EmulatorRequest request)
    {
        var id = request.Route("policy");
        var caller = api.Authorize(request, $"auth.policies.{WazoApi.Arg(id)}.delete");
        State.DeletePolicy(Writable(caller, id));
        return WazoApi.NoContent();
    }

    private EmulatorReply AddAccess(EmulatorRequest request) => ChangeAccess(request, (acl, access) =>
    {
        if (!acl.Contains(access))
        {
            acl.Add(access);
        }
    });

    private EmulatorReply RemoveAccess(EmulatorRequest request) => ChangeAccess(request, (acl, access) => acl.Remove(access));

    /// <summary>The server lets a caller add or remove only an access its own token holds.</summary>
    private EmulatorReply ChangeAccess(EmulatorRequest request, Action<List<string>, string> change)
    {
        var (id, access) = (request.Route("policy"), request.Route("access"));
        var caller = api.Authorize(request, $"auth.policies.{WazoApi.Arg(id)}.update");
        var policy = Writable(caller, id);
        if (!caller.Token.Matcher().Matches(access))
        {
            throw api.Errors.Api(401, "Unauthorized", "unauthorized", Object(("required_access", access)));
        }

        change(policy.Acl, access);
        return WazoApi.NoContent();
    }

    private WazoPolicy Writable(WazoCaller caller, string id)
    {
        var policy = api.VisiblePolicy(caller, id);
        return policy.Shared && policy.TenantUuid != caller.ScopingTenant
            ? throw api.Errors.Legacy(403, $"Forbidden policy deletion: \"{id}\"")
            : policy;
    }

    private bool Matches(WazoPolicy policy, EmulatorRequest request, WazoCaller caller)
    {
        bool Is(string name, string? value) =>
            request.QueryValue(name) is not { } wanted || string.Equals(wanted, value, StringComparison.OrdinalIgnoreCase);

        var readOnly = ListQuery.Flag(request, "read_only", api.Errors, "policies");
        return Is("uuid", policy.Uuid.ToString())
            && Is("name", policy.Name)
            && Is("slug", policy.Slug)
            && (readOnly is null || readOnly == (policy.Shared && policy.TenantUuid != caller.ScopingTenant))
            && (request.QueryValue("user_uuid") is not { } user
                || (Guid.TryParse(user, out var u) && State.Users.TryGetValue(u, out var holder) && holder.PolicyUuids.Contains(policy.Uuid)))
            && (request.QueryValue("group_uuid") is not { } group
                || (Guid.TryParse(group, out var g) && State.Groups.TryGetValue(g, out var owner) && owner.PolicyUuids.Contains(policy.Uuid)));
    }
}
