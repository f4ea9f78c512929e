using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>Refresh tokens: <c>GET /tokens</c>, <c>GET /users/{u|me}/tokens</c>, <c>DELETE /users/{u|me}/tokens/{client_id}</c>.</summary>
internal sealed class RefreshTokenEndpoints(WazoApi api)
{
    private static readonly ListRules Rules = new("tokens", ["created_at", "client_id", "mobile"], "created_at");

    private WazoState State => api.State;

    public void Map()
    {
        api.Map("GET", "/tokens", List);
        api.Map("GET", "/users/{user_uuid_or_me}/tokens", ListOfUser);
        api.Map("DELETE", "/users/{user_uuid_or_me}/tokens/{client_id}", Delete);
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.tokens.read");
        var query = ListQuery.Parse(request, Rules, api.Errors);
        var scope = State.Scope(caller.ScopingTenant, query.Recurse).ToHashSet();
        return Page(request, query, State.RefreshTokens.Values.Where(r => scope.Contains(r.TenantUuid)));
    }

    private EmulatorReply ListOfUser(EmulatorRequest request)
    {
        var id = UserOrMe(request);
        var caller = api.Authorize(request, $"auth.users.{id}.tokens.read");
        var user = Target(caller, id);
        var query = ListQuery.Parse(request, Rules, api.Errors);
        return Page(request, query, State.RefreshTokens.Values.Where(r => r.UserUuid == user.Uuid));
    }

    private EmulatorReply Delete(EmulatorRequest request)
    {
        var id = UserOrMe(request);
        var clientId = request.Route("client_id");
        var caller = api.Authorize(request, $"auth.users.{id}.tokens.{WazoApi.Arg(clientId)}.delete");
        var user = Target(caller, id);
        var refresh = State.RefreshTokens.Values.FirstOrDefault(r => r.UserUuid == user.Uuid && r.ClientId == clientId)
            ?? throw api.Errors.Api(404, $"unknown refresh_token for client_id \"{clientId}\"",
                "cannot-find-refresh-token-matching-client-id", Object(("client_id", clientId)), "tokens");
        State.RefreshTokens.Remove(refresh.Token);
        return WazoApi.NoContent();
    }

    private EmulatorReply Page(EmulatorRequest request, ListQuery query, IEnumerable<WazoRefreshToken> tokens)
    {
        var mobile = ListQuery.Flag(request, "mobile", api.Errors, "tokens");
        var clientId = request.QueryValue("client_id");
        var page = query.Apply(
            tokens,
            r => [r.ClientId],
            r => (mobile is null || r.Mobile == mobile) && (clientId is null || r.ClientId == clientId),
            (r, column) => column switch { "client_id" => r.ClientId, "mobile" => r.Mobile, _ => r.CreatedAt });
        return WazoApi.Ok(page.Envelope(WazoJson.RefreshToken));
    }

    private static string UserOrMe(EmulatorRequest request)
    {
        var id = request.Route("user_uuid_or_me");
        return id == "me" || UuidRouteConstraint.IsUuid(id) ? id : throw WazoErrors.NotFound();
    }

    private WazoUser Target(WazoCaller caller, string id) =>
        id == "me"
            ? State.Users.GetValueOrDefault(caller.Token.UserUuid) ?? throw api.Errors.UnknownUser(WazoJson.Id(caller.Token.UserUuid))
            : api.VisibleUser(caller, id);
}
