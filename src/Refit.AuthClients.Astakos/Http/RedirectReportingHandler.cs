using Refit.AuthClients.Errors;
using Refit.AuthClients.Http;
using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// Reports a redirect (which is never followed) as an <see cref="AstakosRedirectException"/> carrying its status and
/// its <c>Location</c>, so that the caller sees where the service wanted to send the request.
/// </summary>
internal sealed class RedirectReportingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is < 300 or > 399 || status == 304)
        {
            return response;
        }

        using (response)
        {
            var body = await ResponseBodyReader.ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var location = response.Headers.Location is { } target
                ? Redactor.RedactUri(target.IsAbsoluteUri ? target : new Uri(request.RequestUri!, target))
                : null;
            throw new AstakosRedirectException(ErrorMappingHandler.DescribeStatus(request, response, body), location);
        }
    }
}
