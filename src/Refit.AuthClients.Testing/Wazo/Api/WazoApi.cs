using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>What every wazo-auth endpoint shares: the state, the error bodies, routing and the token/ACL check.</summary>
internal sealed class WazoApi(WazoState state, RouteGroupBuilder routes)
{
    public const string TokenHeader = "X-Auth-Token";
    public const string TenantHeader = "Wazo-Tenant";

    public WazoState State { get; } = state;

    public WazoErrors Errors { get; } = new(state.Time);

    /// <summary>An ACL argument as the server substitutes it into a required-ACL template (dots become underscores).</summary>
    public static string Arg(string value) => value.Replace('.', '_');

    public void Map(string method, string pattern, Func<EmulatorRequest, EmulatorReply> handler) =>
        routes.MapMethods(pattern, [method], SynchronizedEndpoint.Create(State.Gate, request =>
        {
            State.PruneExpired();
            return handler(request);
        }));

    /// <summary>
    /// Checks the request's token against <paramref name="requiredAcl"/> and its <c>Wazo-Tenant</c> against the
    /// token's tenant tree; answers 401 in the server's shapes otherwise.
    /// </summary>
    public WazoCaller Authorize(EmulatorRequest request, string requiredAcl)
    {
        var presented = request.Header(TokenHeader);
        WazoToken? token = null;
        if (Guid.TryParse(presented, out var tokenId))
        {
            token = State.Tokens.GetValueOrDefault(tokenId);
        }

        if (token is null)
        {
            throw Errors.Api(401, "Unauthorized", "unauthorized", ObjectWithoutNulls(
                ("invalid_token", presented), ("reason", "not_found_or_expired"), ("required_access", requiredAcl)));
        }

        var tenantHeader = request.Header(TenantHeader);
        var scoping = token.TenantUuid;
        var tenantAllowed = string.IsNullOrEmpty(tenantHeader)
            || (Guid.TryParse(tenantHeader, out scoping) && State.Tenants.ContainsKey(scoping)
                && State.IsInSubtree(scoping, token.TenantUuid));
        if (!token.Matcher().Matches(requiredAcl))
        {
            throw Errors.Api(401, "Unauthorized", "unauthorized", ObjectWithoutNulls(
                ("invalid_token", presented), ("reason", "missing_permission_or_invalid_tenant"),
                ("required_access", requiredAcl), ("tenant_uuid", tenantHeader)));
        }

        if (!tenantAllowed)
        {
            throw Errors.Api(401, "Unauthorized tenant", "unauthorized-tenant", Object(("tenant_uuid", tenantHeader)));
        }

        return new WazoCaller(token, scoping);
    }

    /// <summary>The body as a JSON object: undecodable JSON is the framework's 400, another value is invalid data.</summary>
    public JsonObject RequireObject(EmulatorRequest request, string resource)
    {
        var body = request.Json();
        if (!body.IsValid)
        {
            throw WazoErrors.BadJson();
        }

        return body.Object ?? throw Errors.InvalidData(resource, "_schema", "Invalid input type.");
    }

    public WazoUser VisibleUser(WazoCaller caller, string uuid) =>
        Visible(caller, State.Users, uuid, u => u.TenantUuid, Errors.UnknownUser);

    public WazoGroup VisibleGroup(WazoCaller caller, string uuid) =>
        Visible(caller, State.Groups, uuid, g => g.TenantUuid, Errors.UnknownGroup);

    public WazoTenant VisibleTenant(WazoCaller caller, string uuid) =>
        Visible(caller, State.Tenants, uuid, t => t.Uuid, Errors.UnknownTenant);

    public WazoPolicy VisiblePolicy(WazoCaller caller, string uuidOrSlug) =>
        State.FindPolicy(uuidOrSlug, caller.ScopingTenant) ?? throw Errors.UnknownPolicy(uuidOrSlug);

    /// <summary>An item of the scoping tenant's tree (item endpoints look recursively), else the resource's 404.</summary>
    private T Visible<T>(WazoCaller caller, Dictionary<Guid, T> items, string uuid, Func<T, Guid> tenantOf, Func<string, ReplyException> unknown)
        where T : class =>
        Guid.TryParse(uuid, out var id) && items.TryGetValue(id, out var item) && State.IsInSubtree(tenantOf(item), caller.ScopingTenant)
            ? item
            : throw unknown(uuid);

    public static EmulatorReply Ok(JsonNode body) => EmulatorReply.Json(200, body);

    public static EmulatorReply NoContent() => EmulatorReply.Empty(204);
}
