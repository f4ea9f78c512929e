using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>HEAD /status</c> (200, or 503 when marked unhealthy) and <c>GET /backends</c>, neither authenticated.</summary>
internal sealed class StatusEndpoints(WazoApi api)
{
    public void Map()
    {
        api.Map("HEAD", "/status", _ => EmulatorReply.Empty(api.State.Healthy ? 200 : 503));
        api.Map("GET", "/backends", _ => WazoApi.Ok(Object(("data", Strings(["wazo_user", "ldap_user"])))));
    }
}
