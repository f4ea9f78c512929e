using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>Reads a project specification (create or modify) with the server's validation messages.</summary>
internal static class ProjectSpecReader
{
    private static readonly string[] Policies = ["auto", "moderated", "closed"];

    /// <summary>The terms of a new application: the fields given, the others from <paramref name="current"/> (modify) or defaults (create).</summary>
    public static ProjectTerms Read(JsonObject spec, ProjectTerms? current, string caller, AstakosState state)
    {
        var name = Text(spec, "name") ?? current?.Name ?? throw AstakosFaults.BadRequest("Name missing.");
        var endDate = Date(spec, "end_date") ?? current?.EndDate ?? throw AstakosFaults.BadRequest("Missing end date");
        var owner = Text(spec, "owner") ?? current?.Owner ?? caller;
        if (!state.Users.ContainsKey(owner))
        {
            throw AstakosFaults.BadRequest($"User does not exist: {owner}");
        }

        return new ProjectTerms
        {
            Name = name,
            Owner = owner,
            Homepage = Text(spec, "homepage") ?? current?.Homepage,
            Description = Text(spec, "description") ?? current?.Description,
            Comments = Text(spec, "comments") ?? current?.Comments,
            StartDate = Date(spec, "start_date") ?? current?.StartDate,
            EndDate = endDate,
            JoinPolicy = Policy(spec, "join_policy") ?? current?.JoinPolicy ?? "moderated",
            LeavePolicy = Policy(spec, "leave_policy") ?? current?.LeavePolicy ?? "auto",
            MaxMembers = MaxMembers(spec) ?? current?.MaxMembers,
            Private = Flag(spec, "private") ?? current?.Private ?? false,
            Resources = Resources(spec, state) ?? current?.Resources ?? new Dictionary<string, ResourceCapacity>(),
        };
    }

    private static string? Text(JsonObject spec, string key) => spec[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw AstakosFaults.BadRequest($"Invalid {key}"),
    };

    private static DateTimeOffset? Date(JsonObject spec, string key) =>
        Text(spec, key) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw AstakosFaults.BadRequest($"Invalid {key}");

    private static string? Policy(JsonObject spec, string key)
    {
        var value = Text(spec, key);
        return value is null || Policies.Contains(value)
            ? value
            : throw AstakosFaults.BadRequest(key == "join_policy" ? "Invalid join policy" : "Invalid leave policy");
    }

    private static long? MaxMembers(JsonObject spec) => spec["max_members"] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) && n >= 0 => n,
        _ => throw AstakosFaults.BadRequest("Invalid max_members"),
    };

    private static bool? Flag(JsonObject spec, string key) => spec[key]?.GetValueKind() switch
    {
        null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw AstakosFaults.BadRequest($"Invalid {key}"),
    };

    private static Dictionary<string, ResourceCapacity>? Resources(JsonObject spec, AstakosState state)
    {
        if (spec["resources"] is null)
        {
            return null;
        }

        var resources = spec["resources"] as JsonObject ?? throw AstakosFaults.BadRequest("Invalid resources");
        var result = new Dictionary<string, ResourceCapacity>(StringComparer.Ordinal);
        foreach (var (name, node) in resources)
        {
            if (!state.Resources.ContainsKey(name))
            {
                throw AstakosFaults.BadRequest($"Resource {name} does not exist");
            }

            var project = Capacity(node, "project_capacity", name);
            var member = Capacity(node, "member_capacity", name);
            result[name] = new ResourceCapacity(project, member);
        }

        return result;
    }

    private static long Capacity(JsonNode? node, string key, string resource) =>
        node is JsonObject capacities && capacities[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && v.TryGetValue<long>(out var value) && value >= 0
            ? value
            : throw AstakosFaults.BadRequest($"Malformed resource '{resource}': invalid {key}");
}
