using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>Authentication backends (<c>/backends</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoBackendApi
{
    /// <summary><c>GET /backends</c>: the enabled authentication backends (no token needed).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/backends")]
    Task<WazoBackendList> ListAsync(CancellationToken cancellationToken = default);
}
