using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoBackendsClient(IWazoBackendApi api) : IWazoBackendsClient
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        var backends = await WazoAnswers.Required(api.ListAsync(cancellationToken), HttpMethod.Get, "/backends").ConfigureAwait(false);
        return backends.Data ?? throw WazoAnswers.Invalid(HttpMethod.Get, "/backends", "The body has no data list.");
    }
}
