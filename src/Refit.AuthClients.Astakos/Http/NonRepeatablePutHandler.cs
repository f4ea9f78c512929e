using Refit.AuthClients.Errors;
using Refit.AuthClients.Http;
using Refit.AuthClients.Retry;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// Keeps the retry policy from repeating a <c>PUT</c>. The shared policy treats <c>PUT</c> as idempotent, but the
/// service's only <c>PUT</c> (modify a project) submits a new application each time. A transient answer or a
/// transport failure after which the request may have reached the server is turned into the final error here, below
/// the policy; a refused connection, which proves nothing was sent, is left to it.
/// </summary>
internal sealed class NonRepeatablePutHandler : DelegatingHandler
{
    private readonly ServiceErrorMapper _mapper;

    public NonRepeatablePutHandler(ServiceErrorMapper mapper) => _mapper = mapper;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Put)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (!RetryRules.NeverReachedServer(ex))
        {
            throw ErrorMappingHandler.MapTransportFailure(_mapper, request, ex);
        }

        if (!RetryRules.IsTransientStatus(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            var body = await ResponseBodyReader.ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            throw _mapper.CreateException(ErrorMappingHandler.DescribeStatus(request, response, body), innerException: null);
        }
    }
}
