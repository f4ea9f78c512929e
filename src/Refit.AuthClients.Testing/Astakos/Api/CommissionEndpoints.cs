using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// Commissions (service token): issue with real quota enforcement, list the caller's pending serials, read one,
/// accept or reject one, resolve many.
/// </summary>
internal sealed class CommissionEndpoints(AstakosApi api)
{
    private AstakosState State => api.State;

    public void Map()
    {
        var commissions = api.Paths.Account + "/commissions";
        api.Map("POST", commissions, Issue);
        api.Map("GET", commissions, Pending);
        api.Map("GET", commissions + "/{serial:long}", Get);
        api.Map("POST", commissions + "/{serial:long}/action", Act);
        api.Map("POST", commissions + "/action", Resolve);
    }

    private EmulatorReply Issue(EmulatorRequest request)
    {
        var component = api.RequireComponent(request);
        var body = AstakosApi.JsonBody(request) as JsonObject ?? throw AstakosFaults.BadRequest("Provisions are missing.");
        var force = Flag(body, "force", "\"force\" option should be a boolean.");
        var autoAccept = Flag(body, "auto_accept", "\"auto_accept\" option should be a boolean.");
        var name = body["name"] switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ => throw AstakosFaults.BadRequest("Commission name should be a string."),
        };
        if (!body.TryGetPropertyValue("provisions", out var provisionsNode) || provisionsNode is null)
        {
            throw AstakosFaults.BadRequest("Provisions are missing.");
        }

        var provisions = (provisionsNode as JsonArray ?? throw AstakosFaults.BadRequest("Provisions should be a list."))
            .Select(ParseProvision).ToList();
        if (State.Quotas.TryIssue(provisions, force) is { } failure)
        {
            var data = Object(
                ("provision", AstakosJson.Provision(failure.Provision)),
                ("name", failure.Name),
                ("limit", failure.Limit),
                ("usage", failure.Usage));
            throw new ReplyException(EmulatorReply.Json(failure.Status, AstakosFaults.CommissionFault(failure.Status, failure.Message, data)));
        }

        var commission = new Commission
        {
            Serial = State.NextSerial++, Component = component.Name, Name = name, IssueTime = State.Now(), Provisions = provisions,
        };
        if (autoAccept)
        {
            State.Quotas.Accept(provisions);
        }
        else
        {
            State.PendingCommissions.Add(commission.Serial, commission);
        }

        return EmulatorReply.Json(201, Object(("serial", commission.Serial)));
    }

    private EmulatorReply Pending(EmulatorRequest request)
    {
        var component = api.RequireComponent(request);
        var serials = State.PendingCommissions.Values.Where(c => c.Component == component.Name).Select(c => c.Serial).Order();
        return EmulatorReply.Json(200, Array(serials.Select(s => (JsonNode?)s)));
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var commission = Owned(api.RequireComponent(request), long.Parse(request.Route("serial"), System.Globalization.CultureInfo.InvariantCulture))
            ?? throw AstakosFaults.EmptyNotFound();
        return EmulatorReply.Json(200, Object(
            ("serial", commission.Serial),
            ("issue_time", AstakosApi.IsoTime(commission.IssueTime)),
            ("name", commission.Name),
            ("provisions", Array(commission.Provisions.Select(p => (JsonNode?)AstakosJson.Provision(p))))));
    }

    private EmulatorReply Act(EmulatorRequest request)
    {
        var component = api.RequireComponent(request);
        var body = AstakosApi.JsonBody(request) as JsonObject;
        var accept = body?.ContainsKey("accept") == true;
        var reject = body?.ContainsKey("reject") == true;
        if (accept == reject)
        {
            throw AstakosFaults.BadRequest("Specify either accept or reject action.");
        }

        var commission = Owned(component, long.Parse(request.Route("serial"), System.Globalization.CultureInfo.InvariantCulture))
            ?? throw AstakosFaults.EmptyNotFound();
        Resolve(commission, accept);
        return EmulatorReply.Empty(200);
    }

    private EmulatorReply Resolve(EmulatorRequest request)
    {
        var component = api.RequireComponent(request);
        var body = AstakosApi.JsonBody(request) as JsonObject ?? throw AstakosFaults.BadRequest("\"accept\" and \"reject\" should reference lists of serials.");
        var accept = Serials(body, "accept");
        var reject = Serials(body, "reject");
        var (accepted, rejected, failed) = (new JsonArray(), new JsonArray(), new JsonArray());
        foreach (var serial in accept.Concat(reject).Distinct())
        {
            if (accept.Contains(serial) && reject.Contains(serial))
            {
                failed.Add(Array([(JsonNode)serial, AstakosFaults.CommissionFault(400, $"cannot both accept and reject serial {serial}")]));
            }
            else if (Owned(component, serial) is not { } commission)
            {
                failed.Add(Array([(JsonNode)serial, AstakosFaults.CommissionFault(404, $"serial {serial} does not exist")]));
            }
            else
            {
                Resolve(commission, accept.Contains(serial));
                (accept.Contains(serial) ? accepted : rejected).Add((JsonNode)serial);
            }
        }

        return EmulatorReply.Json(200, Object(("accepted", accepted), ("rejected", rejected), ("failed", failed)));
    }

    private void Resolve(Commission commission, bool accept)
    {
        State.PendingCommissions.Remove(commission.Serial);
        if (accept)
        {
            State.Quotas.Accept(commission.Provisions);
        }
        else
        {
            State.Quotas.Reject(commission.Provisions);
        }
    }

    private Commission? Owned(AstakosComponent component, long serial) =>
        State.PendingCommissions.TryGetValue(serial, out var commission) && commission.Component == component.Name ? commission : null;

    private static List<long> Serials(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray list)
        {
            throw AstakosFaults.BadRequest("\"accept\" and \"reject\" should reference lists of serials.");
        }

        return list.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var serial)
            ? serial
            : throw AstakosFaults.BadRequest("Serials should be integer.")).ToList();
    }

    private static bool Flag(JsonObject body, string key, string error) => body[key]?.GetValueKind() switch
    {
        null => false,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw AstakosFaults.BadRequest(error),
    };

    private static ProvisionRecord ParseProvision(JsonNode? node)
    {
        static string? Text(JsonNode? value) =>
            value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

        if (node is JsonObject p
            && Text(p["holder"]) is { } holder
            && Text(p["resource"]) is { } resource
            && p.TryGetPropertyValue("source", out var sourceNode) && (sourceNode is null || Text(sourceNode) is not null)
            && p["quantity"] is JsonValue q && q.GetValueKind() == JsonValueKind.Number && q.TryGetValue<long>(out var quantity))
        {
            return new ProvisionRecord(holder, Text(sourceNode), resource, quantity);
        }

        throw AstakosFaults.BadRequest($"Malformed provision {node?.ToJsonString() ?? "null"}");
    }
}
