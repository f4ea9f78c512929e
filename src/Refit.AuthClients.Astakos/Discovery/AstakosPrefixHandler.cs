namespace Refit.AuthClients.Astakos;

/// <summary>
/// Sends each request of the Refit interfaces to the real path of its API (see <see cref="AstakosEndpoints"/>),
/// fetching the service catalog first when it is not known yet. The one place where prefixes are applied.
/// </summary>
internal sealed class AstakosPrefixHandler : DelegatingHandler
{
    private readonly AstakosEndpoints _endpoints;

    public AstakosPrefixHandler(AstakosEndpoints endpoints) => _endpoints = endpoints;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return base.SendAsync(request, cancellationToken);
        }

        var resolved = _endpoints.ResolveAsync(uri, cancellationToken);
        if (!resolved.IsCompletedSuccessfully)
        {
            return ResolveThenSendAsync(request, resolved, cancellationToken);
        }

        // Prefixes already known (every call after the first): no state machine.
        request.RequestUri = resolved.Result;
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> ResolveThenSendAsync(HttpRequestMessage request, ValueTask<Uri> resolved, CancellationToken cancellationToken)
    {
        request.RequestUri = await resolved.ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
