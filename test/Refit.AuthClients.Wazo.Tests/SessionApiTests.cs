using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class SessionApiTests
{
    [Test]
    public async Task ListAsync_sends_recurse_and_paging_with_the_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/sessions").WithExactQueryString("limit=10&offset=20&recurse=false").WithClientToken(TenantUuid).RespondJson(Sessions);

        var list = await h.Api<IWazoSessionApi>().ListAsync(new WazoListQuery { Limit = 10, Offset = 20, Recurse = false }, TenantUuid);

        var session = list.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(session.Uuid, Is.EqualTo(SessionUuid));
            Assert.That(session.TenantUuid, Is.EqualTo(TenantUuid));
            Assert.That(session.UserUuid, Is.EqualTo(UserUuid));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_session()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/sessions/" + SessionUuid).WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoSessionApi>().DeleteAsync(SessionUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
