using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>/users</c>: list, create, read, edit, delete, password change.</summary>
internal sealed class UserEndpoints(WazoApi api)
{
    public static readonly ListRules Rules = new("users", ["username", "firstname", "lastname", "uuid", "purpose", "enabled"], "username");

    private static readonly string[] Purposes = ["user", "internal", "external_api"];
    private static readonly string[] AuthenticationMethods = ["default", "native", "ldap", "saml"];

    private WazoState State => api.State;

    public void Map()
    {
        api.Map("GET", "/users", List);
        api.Map("POST", "/users", Create);
        api.Map("GET", "/users/{user_uuid:uuid}", Get);
        api.Map("PUT", "/users/{user_uuid:uuid}", Edit);
        api.Map("DELETE", "/users/{user_uuid:uuid}", Delete);
        api.Map("PUT", "/users/{user_uuid:uuid}/password", ChangePassword);
        api.Map("GET", "/users/{user_uuid:uuid}/groups", ListGroups);
        new PolicyLinkEndpoints(api, "users", (caller, id) => api.VisibleUser(caller, id).PolicyUuids).Map();
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.users.read");
        var query = ListQuery.Parse(request, Rules, api.Errors);
        var scope = State.Scope(caller.ScopingTenant, query.Recurse).ToHashSet();
        var page = query.Apply(
            State.Users.Values.Where(u => scope.Contains(u.TenantUuid)),
            u => [u.Username, u.Firstname, u.Lastname, u.Uuid.ToString(), .. u.Emails.Select(e => e.Address)],
            u => Matches(u, request),
            SortKey);
        return WazoApi.Ok(page.Envelope(WazoJson.User));
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.users.create");
        var fields = new BodyFields(api.RequireObject(request, "users"), api.Errors, "users");
        var uuid = fields.Uuid("uuid") ?? Guid.NewGuid();
        var username = fields.String("username", 1, 256);
        var email = fields.String("email_address", 1, 320);
        var user = new WazoUser
        {
            Uuid = uuid,
            TenantUuid = caller.ScopingTenant,
            Username = username,
            Password = fields.String("password"),
            Firstname = fields.String("firstname", 0, 128),
            Lastname = fields.String("lastname", 0, 128),
            Purpose = fields.OneOf("purpose", Purposes) ?? "user",
            Enabled = fields.Bool("enabled") ?? true,
        };
        user.AuthenticationMethod = fields.OneOf("authentication_method", AuthenticationMethods)
            ?? (user.Purpose == "user" ? "default" : "native");
        if (State.Users.ContainsKey(uuid))
        {
            throw api.Errors.Conflict("users", "uuid", uuid.ToString());
        }

        EnsureLoginsFree(username, email, except: null);
        if (email is not null)
        {
            user.Emails.Add(new WazoEmail { Uuid = Guid.NewGuid(), Address = email, Main = true, Confirmed = true });
        }

        State.Users.Add(uuid, user);
        return WazoApi.Ok(WazoJson.User(user));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var id = request.Route("user_uuid");
        var caller = api.Authorize(request, $"auth.users.{id}.read");
        return WazoApi.Ok(WazoJson.User(api.VisibleUser(caller, id)));
    }

    private EmulatorReply Edit(EmulatorRequest request)
    {
        var id = request.Route("user_uuid");
        var caller = api.Authorize(request, $"auth.users.{id}.update");
        var user = api.VisibleUser(caller, id);
        var fields = new BodyFields(api.RequireObject(request, "users"), api.Errors, "users");
        var username = fields.String("username", 1, 256);
        var firstname = fields.String("firstname", 0, 128);
        var lastname = fields.String("lastname", 0, 128);
        var purpose = fields.OneOf("purpose", Purposes) ?? "user";
        var enabled = fields.Bool("enabled") ?? true;
        var method = fields.OneOf("authentication_method", AuthenticationMethods) ?? (purpose == "user" ? "default" : "native");
        EnsureLoginsFree(username, email: null, except: user.Uuid);
        user.Username = username;
        user.Firstname = firstname;
        user.Lastname = lastname;
        user.Purpose = purpose;
        user.Enabled = enabled;
        user.AuthenticationMethod = method;
        return WazoApi.Ok(WazoJson.User(user));
    }

    private EmulatorReply Delete(EmulatorRequest request)
    {
        var id = request.Route("user_uuid");
        var caller = api.Authorize(request, $"auth.users.{id}.delete");
        State.DeleteUser(api.VisibleUser(caller, id));
        return WazoApi.NoContent();
    }

    private EmulatorReply ChangePassword(EmulatorRequest request)
    {
        var id = request.Route("user_uuid");
        var caller = api.Authorize(request, $"auth.users.{id}.password.update");
        var user = api.VisibleUser(caller, id);
        var fields = new BodyFields(api.RequireObject(request, "users"), api.Errors, "users");
        var oldPassword = fields.String("old_password", required: true);
        var newPassword = fields.String("new_password", 1, required: true);
        if (user.AuthenticationMethod is "saml" or "ldap")
        {
            throw api.Errors.Api(405, "Password managed externally", "password-managed-externally", resource: "users");
        }

        if (!string.Equals(user.Password, oldPassword, StringComparison.Ordinal))
        {
            throw api.Errors.Legacy(401, "Authentication Failed");
        }

        user.Password = newPassword;
        return WazoApi.NoContent();
    }

    private EmulatorReply ListGroups(EmulatorRequest request)
    {
        var id = request.Route("user_uuid");
        var caller = api.Authorize(request, $"auth.users.{id}.groups.read");
        return GroupEndpoints.RelatedPage(api, request, State.GroupsOf(api.VisibleUser(caller, id)));
    }

    private void EnsureLoginsFree(string? username, string? email, Guid? except)
    {
        if (username is not null && State.LoginTaken(username, except))
        {
            throw UsedLogin("username", username);
        }

        if (email is not null && State.LoginTaken(email, except))
        {
            throw UsedLogin("email_address", email);
        }
    }

    private ReplyException UsedLogin(string field, string login) =>
        api.Errors.Api(409, "Conflict detected", "conflict",
            Object((field, Object(("constraint_id", "unique"), ("message", $"The login \"{login}\" is already used")))), "users");

    private bool Matches(WazoUser user, EmulatorRequest request)
    {
        bool Is(string name, string? value) => request.QueryValue(name) is not { } wanted || string.Equals(wanted, value, StringComparison.Ordinal);
        bool HasPolicy(IEnumerable<WazoPolicy> policies, string uuidName, string slugName) =>
            (request.QueryValue(uuidName) is not { } uuid || policies.Any(p => string.Equals(p.Uuid.ToString(), uuid, StringComparison.OrdinalIgnoreCase)))
            && (request.QueryValue(slugName) is not { } slug || policies.Any(p => p.Slug == slug));

        var direct = user.PolicyUuids.Select(p => State.Policies.GetValueOrDefault(p)).OfType<WazoPolicy>().ToList();
        return Is("uuid", user.Uuid.ToString())
            && Is("username", user.Username)
            && Is("firstname", user.Firstname)
            && Is("lastname", user.Lastname)
            && Is("purpose", user.Purpose)
            && (request.QueryValue("email_address") is not { } email
                || user.Emails.Any(e => string.Equals(e.Address, email, StringComparison.OrdinalIgnoreCase)))
            && (request.QueryValue("group_uuid") is not { } group || State.GroupsOf(user).Any(g => string.Equals(g.Uuid.ToString(), group, StringComparison.OrdinalIgnoreCase)))
            && HasPolicy(direct, "policy_uuid", "policy_slug")
            && HasPolicy(State.EffectivePolicies(user).ToList(), "has_policy_uuid", "has_policy_slug");
    }

    private static object? SortKey(WazoUser user, string column) => column switch
    {
        "firstname" => user.Firstname,
        "lastname" => user.Lastname,
        "uuid" => user.Uuid.ToString(),
        "purpose" => user.Purpose,
        "enabled" => user.Enabled,
        _ => user.Username,
    };
}
