using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// User catalogs (user and service), resources, the UI services list, feedback and the default project.
/// </summary>
internal sealed class AccountEndpoints(AstakosApi api)
{
    private AstakosState State => api.State;

    public void Map()
    {
        var account = api.Paths.Account;
        api.Map("POST", account + "/user_catalogs", request => Catalogs(request, userCall: true));
        api.Map("POST", account + "/service/user_catalogs", request => Catalogs(request, userCall: false));
        api.Map("GET", account + "/resources", Resources);
        api.Map("POST", account + "/feedback", Feedback);
        api.Map("POST", account + "/myaccount/default_project", DefaultProject);
        api.Map("GET", api.Paths.Ui + "/get_services", Services);
    }

    private EmulatorReply Catalogs(EmulatorRequest request, bool userCall)
    {
        if (userCall)
        {
            api.RequireUser(request);
        }
        else
        {
            api.RequireComponent(request);
        }

        var body = request.Json();
        if (!body.IsValid)
        {
            throw AstakosFaults.BadRequest("Request body should be json formatted.");
        }

        var input = body.Object ?? throw AstakosFaults.BadRequest("Request body should be a json formatted dictionary");
        var uuids = Names(input, "uuids", userCall);
        var displayNames = Names(input, "displaynames", userCall);
        var users = State.Users.Values.ToList();
        var uuidCatalog = new JsonObject();
        foreach (var user in users.Where(u => uuids is null || uuids.Contains(u.Uuid)))
        {
            uuidCatalog[user.Uuid] = user.DisplayName;
        }

        var nameCatalog = new JsonObject();
        foreach (var user in users.Where(u => displayNames is null || displayNames.Contains(u.DisplayName)))
        {
            nameCatalog[user.DisplayName] = user.Uuid;
        }

        return EmulatorReply.Json(200, Object(("displayname_catalog", nameCatalog), ("uuid_catalog", uuidCatalog)));
    }

    /// <summary>A list of names; absent means none, and <c>null</c> means every user on the service call.</summary>
    private static HashSet<string>? Names(JsonObject input, string key, bool userCall)
    {
        if (!input.TryGetPropertyValue(key, out var node))
        {
            return [];
        }

        if (node is null)
        {
            return userCall ? [] : null;
        }

        if (node is not JsonArray list)
        {
            throw AstakosFaults.BadRequest($"Invalid {key}: {node.ToJsonString()}");
        }

        if (list.Any(item => item?.GetValueKind() != JsonValueKind.String))
        {
            throw AstakosFaults.BadRequest($"Items in '{key}' must be strings");
        }

        return list.Select(item => item!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }

    private EmulatorReply Resources(EmulatorRequest request)
    {
        var result = new JsonObject();
        foreach (var resource in State.Resources.Values)
        {
            result[resource.Name] = AstakosJson.Resource(resource);
        }

        return EmulatorReply.Json(200, result);
    }

    private EmulatorReply Services(EmulatorRequest request) =>
        EmulatorReply.Json(200, Array(State.Components.Values.OrderBy(c => c.Id).Select(c => (JsonNode?)Object(
            ("url", c.UiUrl), ("name", c.Name), ("id", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))));

    /// <summary>The server reads the fields from a parsed form: other content types leave it empty, which is invalid.</summary>
    private EmulatorReply Feedback(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var isForm = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        var form = isForm ? request.Form() : [];
        var message = form.TryGetValue("feedback_msg", out var m) ? m.ToString() : "";
        if (message.Length == 0)
        {
            throw AstakosFaults.BadRequest("Invalid data");
        }

        State.Feedback.Add(new AstakosFeedbackRecord(user.Uuid, message, form.TryGetValue("feedback_data", out var d) ? d.ToString() : ""));
        return EmulatorReply.Empty(200);
    }

    private EmulatorReply DefaultProject(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        var body = AstakosApi.JsonBody(request) as JsonObject;
        if (body?["project_id"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
        {
            throw AstakosFaults.Forbidden("Project id not specified");
        }

        var projectId = id.GetValue<string>();
        if (!State.Projects.TryGetValue(projectId, out var project))
        {
            throw AstakosFaults.NotFound($"No such project \"{projectId}\"");
        }

        if (!project.IsActive || State.MembershipOf(user.Uuid, projectId) is not { IsAccepted: true })
        {
            throw AstakosFaults.Forbidden("Only active projects where you are a member can be set as default");
        }

        user.DefaultProject = projectId;
        return EmulatorReply.Empty(200);
    }
}
