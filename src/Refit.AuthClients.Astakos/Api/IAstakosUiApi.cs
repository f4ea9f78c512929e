using Refit.AuthClients.Http;

namespace Refit.AuthClients.Astakos;

/// <summary>The Astakos UI views, under the discovered <c>SNF:uiURL</c> path.</summary>
public interface IAstakosUiApi
{
    /// <summary><c>GET {ui}/get_services</c>: the services registered with Astakos.</summary>
    [Get(AstakosPaths.Ui + "/get_services")]
    Task<IReadOnlyList<AstakosService>> GetServicesAsync(
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);
}
