namespace Refit.AuthClients.Astakos;

/// <summary>
/// Sends each request of the Refit interfaces to the real path of its API (see <see cref="AstakosEndpoints"/>),
/// fetching the service catalog first when it is not known yet. The one place where prefixes are applied.
/// </summary>
internal sealed class AstakosPrefixHandler : DelegatingHandler
{
    private readonly AstakosEndpoints _endpoints;

    public AstakosPrefixHandler(AstakosEndpoints endpoints) => _endpoints = endpoints;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            request.RequestUri = await _endpoints.ResolveAsync(uri, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
