using System.Net;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Errors;

namespace Refit.AuthClients.Wazo.Tests;

public class StatusApiTests
{
    [Test]
    public async Task CheckAsync_heads_the_status_and_succeeds_on_200()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Head, "/status").RespondEmpty(HttpStatusCode.OK);

        await h.Api<IWazoStatusApi>().CheckAsync();

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CheckAsync_reports_an_unhealthy_service_as_an_error_with_status_503()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Head, "/status").RespondEmpty(HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<WazoAuthException>(() => h.Api<IWazoStatusApi>().CheckAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }
}
