using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoStatusClient(IWazoStatusApi api) : IWazoStatusClient
{
    public Task CheckAsync(CancellationToken cancellationToken = default) => api.CheckAsync(cancellationToken);
}
