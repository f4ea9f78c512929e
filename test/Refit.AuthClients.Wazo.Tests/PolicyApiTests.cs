using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class PolicyApiTests
{
    [Test]
    public async Task ListAsync_sends_the_filters_and_reads_an_envelope_without_filtered()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/policies")
            .WithExactQueryString("search=user&order=name&direction=asc&limit=10&offset=0&recurse=true&slug=user&user_uuid=u&group_uuid=g&read_only=false")
            .WithClientToken(TenantUuid)
            .RespondJson(PolicyList);

        var list = await h.Api<IWazoPolicyApi>().ListAsync(
            new WazoPolicyListQuery
            {
                Search = "user", Order = "name", Direction = WazoSortDirection.Asc, Limit = 10, Offset = 0, Recurse = true,
                Slug = "user", UserUuid = "u", GroupUuid = "g", ReadOnly = false,
            },
            TenantUuid);

        var policy = list.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(list.Total, Is.EqualTo(1));
            Assert.That(list.Filtered, Is.Null);
            Assert.That(policy.Uuid, Is.EqualTo(PolicyUuid));
            Assert.That(policy.Description, Is.EqualTo("The default policy for users"));
            Assert.That(policy.Acl, Is.EqualTo(new[] { "confd.users.me.#", "dird.status.read" }));
            Assert.That(policy.ReadOnly, Is.False);
            Assert.That(policy.Shared, Is.False);
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_posts_the_policy_with_the_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/policies")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""{"name": "user", "description": "The default policy for users", "acl": ["confd.users.me.#", "dird.status.read"]}""")
            .RespondJson(Policy);

        var policy = await h.Api<IWazoPolicyApi>().CreateAsync(
            new WazoPolicyCreate { Name = "user", Description = "The default policy for users", Acl = ["confd.users.me.#", "dird.status.read"] },
            TenantUuid);

        Assert.That(policy.Slug, Is.EqualTo("user"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_reads_the_policy()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/policies/" + PolicyUuid).WithClientToken().RespondJson(Policy);

        var policy = await h.Api<IWazoPolicyApi>().GetAsync(PolicyUuid);

        Assert.That(policy.TenantUuid, Is.EqualTo(TenantUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_name_description_and_acl()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/policies/" + PolicyUuid)
            .WithJsonBody("""{"name": "user", "description": "A new description", "acl": ["#"]}""")
            .RespondJson(Policy);

        var policy = await h.Api<IWazoPolicyApi>().UpdateAsync(
            PolicyUuid, new WazoPolicyUpdate { Name = "user", Description = "A new description", Acl = ["#"] });

        Assert.That(policy.Name, Is.EqualTo("user"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_policy()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/policies/" + PolicyUuid).WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoPolicyApi>().DeleteAsync(PolicyUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AddAccessAsync_escapes_the_access_as_one_segment()
    {
        using var h = new WazoHarness();
        h.Mock.Expect(HttpMethod.Put, "*")
            .With(r => r.RequestUri!.AbsolutePath == $"/api/auth/0.1/policies/{PolicyUuid}/acl/confd.users.me.%23")
            .WithoutBody()
            .RespondEmpty();

        await h.Api<IWazoPolicyApi>().AddAccessAsync(PolicyUuid, "confd.users.me.#");

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RemoveAccessAsync_escapes_the_access_as_one_segment()
    {
        using var h = new WazoHarness();
        h.Mock.Expect(HttpMethod.Delete, "*")
            .With(r => r.RequestUri!.AbsolutePath == $"/api/auth/0.1/policies/{PolicyUuid}/acl/%21dird.%2A.read")
            .WithClientToken(TenantUuid)
            .RespondEmpty();

        await h.Api<IWazoPolicyApi>().RemoveAccessAsync(PolicyUuid, "!dird.*.read", TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
