using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary><c>GET {A}/quotas</c> (user token), <c>{A}/service_quotas</c> and <c>{A}/service_project_quotas</c> (service token).</summary>
internal sealed class QuotaEndpoints(AstakosApi api)
{
    private const string UserPrefix = "user:";
    private const string ProjectPrefix = "project:";

    private AstakosState State => api.State;

    public void Map()
    {
        api.Map("GET", api.Paths.Account + "/quotas", UserQuotas);
        api.Map("GET", api.Paths.Account + "/service_quotas", ServiceQuotas);
        api.Map("GET", api.Paths.Account + "/service_project_quotas", ServiceProjectQuotas);
    }

    private EmulatorReply UserQuotas(EmulatorRequest request)
    {
        var user = api.RequireUser(request);
        return EmulatorReply.Json(200, QuotasOf(user.Uuid, projects: null));
    }

    private EmulatorReply ServiceQuotas(EmulatorRequest request)
    {
        api.RequireComponent(request);
        var users = Filter(request, "user");
        var projects = Filter(request, "project");
        var result = new JsonObject();
        var holders = State.Holdings.Keys
            .Where(k => k.Holder.StartsWith(UserPrefix, StringComparison.Ordinal))
            .Select(k => k.Holder[UserPrefix.Length..])
            .Distinct(StringComparer.Ordinal)
            .Where(u => users is null || users.Contains(u));
        foreach (var user in holders)
        {
            var quotas = QuotasOf(user, projects);
            if (quotas.Count > 0)
            {
                result[user] = quotas;
            }
        }

        if (users is not null && result.Count == 0)
        {
            throw AstakosFaults.NotFound($"No user with UUID '{request.QueryValue("user")}'");
        }

        return EmulatorReply.Json(200, result);
    }

    private EmulatorReply ServiceProjectQuotas(EmulatorRequest request)
    {
        api.RequireComponent(request);
        var projects = Filter(request, "project");
        var result = new JsonObject();
        foreach (var holding in State.Holdings.Values.Where(h => h.Key.Holder.StartsWith(ProjectPrefix, StringComparison.Ordinal)))
        {
            var project = holding.Key.Holder[ProjectPrefix.Length..];
            if (projects is null || projects.Contains(project))
            {
                var entries = result[project] as JsonObject ?? (JsonObject)(result[project] = new JsonObject());
                entries[holding.Key.Resource] = ProjectEntry(holding);
            }
        }

        if (projects is not null && result.Count == 0)
        {
            throw AstakosFaults.NotFound($"No project with UUID '{request.QueryValue("project")}'");
        }

        return EmulatorReply.Json(200, result);
    }

    /// <summary><c>{source project: {resource: entry}}</c> of one user, each entry with its project's totals.</summary>
    private JsonObject QuotasOf(string user, HashSet<string>? projects)
    {
        var result = new JsonObject();
        foreach (var holding in State.Holdings.Values.Where(h => h.Key.Holder == UserPrefix + user && h.Key.Source is not null))
        {
            var project = holding.Key.Source![ProjectPrefix.Length..];
            if (projects is not null && !projects.Contains(project))
            {
                continue;
            }

            var entry = Object(("limit", holding.Limit), ("usage", holding.Usage), ("pending", holding.Pending));
            var projectHolding = State.Holdings.GetValueOrDefault(HoldingKey.OfProject(project, holding.Key.Resource));
            if (projectHolding is not null)
            {
                foreach (var (name, value) in ProjectEntry(projectHolding))
                {
                    entry[name] = value?.DeepClone();
                }
            }

            var entries = result[project] as JsonObject ?? (JsonObject)(result[project] = new JsonObject());
            entries[holding.Key.Resource] = entry;
        }

        return result;
    }

    private static JsonObject ProjectEntry(Holding holding) => Object(
        ("project_limit", holding.Limit), ("project_usage", holding.Usage), ("project_pending", holding.Pending));

    /// <summary>A comma-separated filter, or null when the parameter is absent.</summary>
    private static HashSet<string>? Filter(EmulatorRequest request, string name) =>
        request.QueryValue(name) is { } value
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
            : null;
}
