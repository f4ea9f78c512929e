using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class GroupApiTests
{
    [Test]
    public async Task ListAsync_sends_the_filters_and_reads_the_groups()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/groups")
            .WithExactQueryString("order=name&direction=desc&limit=10&offset=20&name=g1&user_uuid=u&read_only=true&policy_slug=ps")
            .WithClientToken(TenantUuid)
            .RespondJson(GroupList);

        var list = await h.Api<IWazoGroupApi>().ListAsync(
            new WazoGroupListQuery
            {
                Order = "name", Direction = WazoSortDirection.Desc, Limit = 10, Offset = 20, Name = "g1", UserUuid = "u", ReadOnly = true, PolicySlug = "ps",
            },
            TenantUuid);

        var group = list.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(list.Total, Is.EqualTo(3));
            Assert.That(group.Uuid, Is.EqualTo(GroupUuid));
            Assert.That(group.ReadOnly, Is.False);
            Assert.That(group.SystemManaged, Is.False);
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_posts_name_and_slug()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/groups").WithClientToken(TenantUuid).WithJsonBody("""{"name": "g1", "slug": "g1"}""").RespondJson(Group);

        var group = await h.Api<IWazoGroupApi>().CreateAsync(new WazoGroupCreate { Name = "g1", Slug = "g1" }, TenantUuid);

        Assert.That(group.TenantUuid, Is.EqualTo(TenantUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_reads_the_group()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/groups/" + GroupUuid).WithClientToken().RespondJson(Group);

        var group = await h.Api<IWazoGroupApi>().GetAsync(GroupUuid);

        Assert.That(group.Name, Is.EqualTo("g1"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_the_name()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/groups/" + GroupUuid).WithJsonBody("""{"name": "new"}""").RespondJson(Group);

        var group = await h.Api<IWazoGroupApi>().UpdateAsync(GroupUuid, new WazoGroupUpdate { Name = "new" });

        Assert.That(group.Uuid, Is.EqualTo(GroupUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_group()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/groups/" + GroupUuid).WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoGroupApi>().DeleteAsync(GroupUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListPoliciesAsync_reads_the_group_policies()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/groups/{GroupUuid}/policies").WithExactQueryString(string.Empty).WithClientToken(TenantUuid).RespondJson(PolicyList);

        var list = await h.Api<IWazoGroupApi>().ListPoliciesAsync(GroupUuid, tenant: TenantUuid);

        Assert.That(list.Items.Single().Name, Is.EqualTo("user"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AddPolicyAsync_puts_the_association()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/groups/{GroupUuid}/policies/{PolicyUuid}").WithClientToken(TenantUuid).WithoutBody().RespondEmpty();

        await h.Api<IWazoGroupApi>().AddPolicyAsync(GroupUuid, PolicyUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RemovePolicyAsync_deletes_the_association()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/groups/{GroupUuid}/policies/{PolicyUuid}").WithClientToken().RespondEmpty();

        await h.Api<IWazoGroupApi>().RemovePolicyAsync(GroupUuid, PolicyUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListUsersAsync_reads_the_members()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/groups/{GroupUuid}/users").WithExactQueryString("order=username").RespondJson(UserList);

        var list = await h.Api<IWazoGroupApi>().ListUsersAsync(GroupUuid, new WazoListQuery { Order = "username" });

        Assert.That(list.Items.Single().Uuid, Is.EqualTo(UserUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AddUserAsync_puts_the_membership()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/groups/{GroupUuid}/users/{UserUuid}").WithClientToken().WithoutBody().RespondEmpty();

        await h.Api<IWazoGroupApi>().AddUserAsync(GroupUuid, UserUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RemoveUserAsync_deletes_the_membership()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/groups/{GroupUuid}/users/{UserUuid}").WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoGroupApi>().RemoveUserAsync(GroupUuid, UserUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
