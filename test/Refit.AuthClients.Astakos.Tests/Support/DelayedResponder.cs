using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

/// <summary>Answers after a delay that honours cancellation (MockHttp hands it the request's token).</summary>
internal sealed class DelayedResponder(TimeSpan delay, string json, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
    }
}
