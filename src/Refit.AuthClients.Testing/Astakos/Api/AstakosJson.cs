using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>The server's representations of the catalog, users, quotas, projects and memberships.</summary>
internal static class AstakosJson
{
    /// <summary>The service catalog: Astakos's own services, then the registered components.</summary>
    public static JsonArray Catalog(AstakosApi api)
    {
        var paths = api.Paths;
        var ui = api.Absolute(paths.Ui);
        var services = new List<JsonNode?>
        {
            Service("astakos_account", "account", Endpoint(ui, api.Absolute(paths.Account), "v1.0")),
            Service("astakos_identity", "identity", Endpoint(ui, api.Absolute(paths.Identity), "v2.0")),
            Service("astakos_oauth2", "astakos_auth", Endpoint(ui, api.Absolute(paths.OAuth2) + "/", "")),
            Service("astakos_weblogin", "astakos_weblogin", WebLogin(ui, api.Absolute(paths.Ui + "/login"))),
        };
        services.AddRange(api.State.Components.Values
            .Where(c => c.Name != AstakosState.AstakosComponentName && c.PublicUrl is not null)
            .OrderBy(c => c.Id)
            .Select(c => (JsonNode?)Service(c.Name, c.Type, Endpoint(c.UiUrl, c.PublicUrl!, ""))));
        return Array(services);
    }

    public static JsonObject Token(string id, DateTimeOffset expires, string tenantId, AstakosUserRecord user) => Object(
        ("id", id),
        ("expires", AstakosApi.IsoTime(expires)),
        ("tenant", Object(("id", tenantId), ("name", user.RealName))));

    public static JsonObject User(AstakosUserRecord user, IEnumerable<string>? projects)
    {
        var result = Object(
            ("id", user.Uuid),
            ("name", user.RealName),
            ("roles", Array([Object(("id", "1"), ("name", "default"))])),
            ("roles_links", new JsonArray()));
        if (projects is not null)
        {
            result["projects"] = Strings(projects);
        }

        return result;
    }

    public static JsonObject Resource(AstakosResourceRecord resource) => Object(
        ("service", resource.Service),
        ("description", resource.Description),
        ("unit", resource.Unit),
        ("ui_visible", resource.UiVisible),
        ("api_visible", resource.ApiVisible));

    public static JsonObject Provision(ProvisionRecord provision) => Object(
        ("holder", provision.Holder),
        ("source", provision.Source),
        ("resource", provision.Resource),
        ("quantity", provision.Quantity));

    private static JsonObject Service(string name, string type, JsonObject endpoint) => Object(
        ("endpoints_links", new JsonArray()),
        ("type", type),
        ("name", name),
        ("endpoints", Array([endpoint])));

    private static JsonObject Endpoint(string ui, string publicUrl, string versionId) => Object(
        ("SNF:uiURL", ui), ("region", "default"), ("versionId", versionId), ("publicURL", publicUrl));

    private static JsonObject WebLogin(string ui, string login)
    {
        var endpoint = Endpoint(ui, login, "");
        endpoint["SNF:webloginURL"] = login;
        return endpoint;
    }
}
