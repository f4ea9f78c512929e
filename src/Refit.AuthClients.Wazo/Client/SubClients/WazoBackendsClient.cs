using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoBackendsClient(IWazoBackendApi api) : IWazoBackendsClient
{
    // The data list (present, without a null name) is checked as it is read.
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        (await WazoAnswers.Required(() => api.ListAsync(cancellationToken)).ConfigureAwait(false)).Data;
}
