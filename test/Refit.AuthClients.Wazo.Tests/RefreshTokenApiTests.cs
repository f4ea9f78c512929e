using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class RefreshTokenApiTests
{
    [Test]
    public async Task ListAsync_sends_list_parameters_filters_and_tenant_and_reads_the_envelope()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/tokens")
            .WithExactQueryString("order=created_at&direction=desc&limit=10&offset=5&recurse=true&mobile=false")
            .WithClientToken(TenantUuid)
            .RespondJson(RefreshTokens);

        var list = await h.Api<IWazoRefreshTokenApi>().ListAsync(
            new WazoRefreshTokenListQuery { Order = "created_at", Direction = WazoSortDirection.Desc, Limit = 10, Offset = 5, Recurse = true, Mobile = false },
            TenantUuid);

        var item = list.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(list.Total, Is.EqualTo(1));
            Assert.That(list.Filtered, Is.EqualTo(1));
            Assert.That(item.ClientId, Is.EqualTo("foobar"));
            Assert.That(item.Mobile, Is.True);
            Assert.That(item.UserUuid, Is.EqualTo(UserUuid));
            Assert.That(item.CreatedAtInstant, Is.EqualTo(new DateTimeOffset(2026, 5, 5, 14, 49, 30, TimeSpan.Zero).AddTicks(4496070)));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListForUserAsync_sends_me_literally_and_no_query_when_none_is_given()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/me/tokens").WithExactQueryString(string.Empty).WithClientToken().RespondJson(RefreshTokens);

        var list = await h.Api<IWazoRefreshTokenApi>().ListForUserAsync("me");

        Assert.That(list.Items, Has.Count.EqualTo(1));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListForUserAsync_filters_by_client_id()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/tokens").WithExactQueryString("client_id=my-app&search=foo").RespondJson(RefreshTokens);

        var list = await h.Api<IWazoRefreshTokenApi>().ListForUserAsync(UserUuid, new WazoRefreshTokenListQuery { ClientId = "my-app", Search = "foo" });

        Assert.That(list.Items[0].TenantUuid, Is.EqualTo(TenantUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteForUserAsync_deletes_the_client_refresh_token_with_the_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/users/me/tokens/my-app").WithClientToken(TenantUuid).WithoutBody().RespondEmpty();

        await h.Api<IWazoRefreshTokenApi>().DeleteForUserAsync("me", "my-app", TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
