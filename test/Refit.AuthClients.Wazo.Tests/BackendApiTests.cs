using Refit.AuthClients.Wazo.Api;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class BackendApiTests
{
    [Test]
    public async Task ListAsync_reads_the_backend_names()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends").WithHeaders("Accept", "application/json").RespondJson(Backends);

        var backends = await h.Api<IWazoBackendApi>().ListAsync();

        Assert.That(backends.Data, Is.EqualTo(new[] { "wazo_user", "ldap_user" }));
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
