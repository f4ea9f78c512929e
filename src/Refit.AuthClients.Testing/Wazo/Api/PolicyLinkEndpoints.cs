using Refit.AuthClients.Testing.Hosting;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>
/// The policies held by a user or a group: <c>GET /{users|groups}/{id}/policies</c> and
/// <c>PUT|DELETE /{users|groups}/{id}/policies/{policy uuid or slug}</c>. Policies of system groups can be changed
/// too: that is how a tenant gives all its users an ACL.
/// </summary>
/// <param name="api">The shared endpoint support.</param>
/// <param name="resource"><c>users</c> or <c>groups</c>.</param>
/// <param name="policiesOf">The policy set of the holder with that id, visible to the caller (else its 404).</param>
internal sealed class PolicyLinkEndpoints(WazoApi api, string resource, Func<WazoCaller, string, HashSet<Guid>> policiesOf)
{
    public void Map()
    {
        api.Map("GET", $"/{resource}/{{id:uuid}}/policies", List);
        api.Map("PUT", $"/{resource}/{{id:uuid}}/policies/{{policy}}", request => Change(request, "create", (set, p) => set.Add(p)));
        api.Map("DELETE", $"/{resource}/{{id:uuid}}/policies/{{policy}}", request => Change(request, "delete", (set, p) => set.Remove(p)));
    }

    private EmulatorReply List(EmulatorRequest request)
    {
        var id = request.Route("id");
        var caller = api.Authorize(request, $"auth.{resource}.{id}.policies.read");
        var held = policiesOf(caller, id).Select(p => api.State.Policies[p]);
        return PolicyEndpoints.RelatedPage(api, request, caller, held);
    }

    private EmulatorReply Change(EmulatorRequest request, string action, Action<HashSet<Guid>, Guid> change)
    {
        var (id, policyId) = (request.Route("id"), request.Route("policy"));
        var caller = api.Authorize(request, $"auth.{resource}.{id}.policies.{WazoApi.Arg(policyId)}.{action}");
        var held = policiesOf(caller, id);
        change(held, api.VisiblePolicy(caller, policyId).Uuid);
        return WazoApi.NoContent();
    }
}
