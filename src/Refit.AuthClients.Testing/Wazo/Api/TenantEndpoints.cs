using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>/tenants</c>: list, create (under the scoping tenant), read, edit, delete, domains, reparenting.</summary>
internal sealed class TenantEndpoints(WazoApi api)
{
    public static readonly ListRules Rules = new("tenants", ["name", "slug"], "name");

    private static readonly string[] AuthenticationMethods = ["native", "saml", "ldap"];

    private WazoState State => api.State;

    public void Map()
    {
        api.Map("GET", "/tenants", List);
        api.Map("POST", "/tenants", Create);
        api.Map("GET", "/tenants/{tenant_uuid:uuid}", Get);
        api.Map("PUT", "/tenants/{tenant_uuid:uuid}", Edit);
        api.Map("DELETE", "/tenants/{tenant_uuid:uuid}", Delete);
        api.Map("GET", "/tenants/{tenant_uuid:uuid}/domains", Domains);
        api.Map("PUT", "/tenants/{tenant_uuid:uuid}/parent/{parent_uuid:uuid}", Reparent);
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.tenants.read");
        var query = ListQuery.Parse(request, Rules, api.Errors);
        var uuids = request.Query.TryGetValue("uuids", out var values)
            ? values.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim().ToLowerInvariant()).ToHashSet()
            : null;
        var page = query.Apply(
            State.Tenants.Values.Where(t => State.IsInSubtree(t.Uuid, caller.ScopingTenant)),
            t => [t.Name, t.Slug, t.Uuid.ToString(), .. t.Domains.Keys],
            t => (uuids is null || uuids.Contains(t.Uuid.ToString()))
                && Is(request, "uuid", t.Uuid.ToString())
                && Is(request, "name", t.Name)
                && Is(request, "slug", t.Slug)
                && (request.QueryValue("domain_name") is not { } domain || t.Domains.ContainsKey(domain)),
            (t, column) => column == "slug" ? t.Slug : t.Name);
        return WazoApi.Ok(page.Envelope(WazoJson.Tenant));
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.tenants.create");
        var fields = new BodyFields(api.RequireObject(request, "tenants"), api.Errors, "tenants");
        var uuid = fields.Uuid("uuid") ?? Guid.NewGuid();
        var name = fields.String("name", 0, 128);
        var slug = fields.String("slug", 1, 10);
        if (slug is not null && !slug.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw fields.Invalid("slug", "regex", "String does not match expected pattern.");
        }

        if (State.Tenants.ContainsKey(uuid))
        {
            throw api.Errors.Conflict("tenants", "uuid", uuid.ToString());
        }

        if (slug is not null && State.Tenants.Values.Any(t => t.Slug == slug))
        {
            throw api.Errors.Conflict("tenants", "slug", slug);
        }

        var tenant = State.CreateTenant(uuid, caller.ScopingTenant, name,
            slug ?? Slugs.From(name, 10, s => State.Tenants.Values.Any(t => t.Slug == s)));
        try
        {
            Apply(tenant, fields);
        }
        catch (ReplyException)
        {
            State.DeleteTenant(tenant);
            throw;
        }

        return WazoApi.Ok(WazoJson.Tenant(tenant));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var id = request.Route("tenant_uuid");
        var caller = api.Authorize(request, $"auth.tenants.{id}.read");
        return WazoApi.Ok(WazoJson.Tenant(api.VisibleTenant(caller, id)));
    }

    private EmulatorReply Edit(EmulatorRequest request)
    {
        var id = request.Route("tenant_uuid");
        var caller = api.Authorize(request, $"auth.tenants.{id}.update");
        var tenant = api.VisibleTenant(caller, id);
        var fields = new BodyFields(api.RequireObject(request, "tenants"), api.Errors, "tenants");
        var name = fields.String("name", 0, 128);
        Apply(tenant, fields);
        tenant.Name = name;
        return WazoApi.Ok(WazoJson.Tenant(tenant));
    }

    private EmulatorReply Delete(EmulatorRequest request)
    {
        var id = request.Route("tenant_uuid");
        var caller = api.Authorize(request, $"auth.tenants.{id}.delete");
        var tenant = api.VisibleTenant(caller, id);
        if (tenant.Uuid == caller.ScopingTenant || tenant.IsMaster)
        {
            throw api.Errors.Api(403, "Deleting own tenant is forbidden", "deleting-own-tenant-forbidden", Object(("uuid", id)), "tenants");
        }

        if (State.Tenants.Values.Any(t => t.ParentUuid == tenant.Uuid && !t.IsMaster))
        {
            // The server passes its arguments in the wrong order here: error_id holds the details and details the resource.
            throw new ReplyException(EmulatorReply.Json(400, Object(
                ("message", $"Unauthorized delete of tenant : \"{id}\" ; since it has at least one child"),
                ("error_id", Object(("uuid", id))),
                ("details", "tenants"),
                ("timestamp", State.Time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0))));
        }

        State.DeleteTenant(tenant);
        return WazoApi.NoContent();
    }

    private EmulatorReply Domains(EmulatorRequest request)
    {
        var id = request.Route("tenant_uuid");
        api.Authorize(request, $"auth.tenants.{id}.domains.read");
        var tenant = State.Tenants.GetValueOrDefault(Guid.Parse(id)) ?? throw api.Errors.UnknownTenant(id);
        var items = tenant.Domains.Select(d => (JsonNode?)Object(("name", d.Key), ("uuid", WazoJson.Id(d.Value))));
        return WazoApi.Ok(Object(("total", tenant.Domains.Count), ("items", Array(items))));
    }

    private EmulatorReply Reparent(EmulatorRequest request)
    {
        var (id, parentId) = (request.Route("tenant_uuid"), request.Route("parent_uuid"));
        var caller = api.Authorize(request, $"auth.tenants.{id}.parent.{parentId}.update");
        var tenant = api.VisibleTenant(caller, id);
        var parent = api.VisibleTenant(caller, parentId);
        if (tenant.IsMaster || State.IsInSubtree(parent.Uuid, tenant.Uuid))
        {
            throw api.Errors.Api(409, "The new parent is a descendant of the tenant", "conflict", Object(("parent_uuid", parentId)), "tenants");
        }

        tenant.ParentUuid = parent.Uuid;
        return WazoApi.NoContent();
    }

    /// <summary>Sets the editable fields (all but uuid, slug and name) from a create or edit body.</summary>
    private void Apply(WazoTenant tenant, BodyFields fields)
    {
        var contact = fields.Uuid("contact");
        var phone = fields.String("phone", 0, 32);
        var method = fields.OneOf("default_authentication_method", AuthenticationMethods) ?? "native";
        var domains = (fields.Strings("domain_names", unique: true) ?? []).Order(StringComparer.Ordinal).ToList();
        var taken = domains.FirstOrDefault(d => State.Tenants.Values.Any(t => t.Uuid != tenant.Uuid && t.Domains.ContainsKey(d)));
        if (taken is not null)
        {
            throw api.Errors.Api(409, "Conflict detected", "conflict", Object(("domain_names", Object(
                ("constraint-id", "unique"), ("message", $"Domain name : \"{taken}\" is already in use, no duplicates allowed")))), "tenants");
        }

        var address = fields.Object("address");
        var newAddress = WazoTenant.AddressKeys.ToDictionary(k => k, k => address is null ? null : new BodyFields(address, api.Errors, "tenants").String(k));
        tenant.Contact = contact;
        tenant.Phone = phone;
        tenant.DefaultAuthenticationMethod = method;
        tenant.Domains = new SortedDictionary<string, Guid>(
            domains.ToDictionary(d => d, d => tenant.Domains.TryGetValue(d, out var known) ? known : Guid.NewGuid()), StringComparer.Ordinal);
        tenant.Address = newAddress;
    }

    private static bool Is(EmulatorRequest request, string name, string? value) =>
        request.QueryValue(name) is not { } wanted || string.Equals(wanted, value, StringComparison.OrdinalIgnoreCase);
}
