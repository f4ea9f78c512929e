using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>/sessions</c> and <c>/users/{u}/sessions</c>: a session lives as long as its token.</summary>
internal sealed class SessionEndpoints(WazoApi api)
{
    private static readonly ListRules Rules = new("sessions", ["mobile"], "mobile");

    private WazoState State => api.State;

    public void Map()
    {
        api.Map("GET", "/sessions", List);
        api.Map("DELETE", "/sessions/{session_uuid:uuid}", Delete);
        api.Map("GET", "/users/{user_uuid:uuid}/sessions", ListOfUser);
        api.Map("DELETE", "/users/{user_uuid:uuid}/sessions/{session_uuid:uuid}", DeleteOfUser);
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var caller = api.Authorize(request, "auth.sessions.read");
        var query = ListQuery.Parse(request, Rules, api.Errors);
        var scope = State.Scope(caller.ScopingTenant, query.Recurse).ToHashSet();
        return Page(query, State.Sessions.Values.Where(s => scope.Contains(s.TenantUuid)));
    }

    private EmulatorReply Delete(EmulatorRequest request)
    {
        var id = request.Route("session_uuid");
        var caller = api.Authorize(request, $"auth.sessions.{id}.delete");
        var session = Find(id, s => State.IsInSubtree(s.TenantUuid, caller.ScopingTenant));
        State.DeleteSession(session.Uuid);
        return WazoApi.NoContent();
    }

    private EmulatorReply ListOfUser(EmulatorRequest request)
    {
        var id = request.Route("user_uuid");
        var caller = api.Authorize(request, $"auth.users.{id}.sessions.read");
        var user = api.VisibleUser(caller, id);
        var query = ListQuery.Parse(request, Rules, api.Errors);
        return Page(query, State.Sessions.Values.Where(s => s.UserUuid == user.Uuid));
    }

    private EmulatorReply DeleteOfUser(EmulatorRequest request)
    {
        var (id, sessionId) = (request.Route("user_uuid"), request.Route("session_uuid"));
        var caller = api.Authorize(request, $"auth.users.{id}.sessions.{sessionId}.delete");
        var user = api.VisibleUser(caller, id);
        State.DeleteSession(Find(sessionId, s => s.UserUuid == user.Uuid).Uuid);
        return WazoApi.NoContent();
    }

    private static EmulatorReply Page(ListQuery query, IEnumerable<WazoSession> sessions) =>
        WazoApi.Ok(query.Apply(sessions, s => [s.Uuid.ToString()], _ => true, (s, _) => s.Mobile).Envelope(WazoJson.Session));

    private WazoSession Find(string id, Func<WazoSession, bool> visible) =>
        State.Sessions.TryGetValue(Guid.Parse(id), out var session) && visible(session)
            ? session
            : throw api.Errors.Api(404, $"No such session: \"{id}\"", "unknown-session", Object(("uuid", id)), "sessions");
}
