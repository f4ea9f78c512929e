using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class UserApiTests
{
    [Test]
    public async Task ListAsync_sends_every_filter_and_reads_the_envelope()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users")
            .WithExactQueryString(
                "search=foo&order=username&direction=asc&limit=5&offset=10&recurse=true&uuid=u&username=alice&firstname=Alice&lastname=Liddell"
                + "&purpose=user&email_address=a%40example.com&group_uuid=g&policy_uuid=p&policy_slug=ps&has_policy_uuid=hp&has_policy_slug=hps")
            .WithClientToken(TenantUuid)
            .RespondJson(UserList);

        var list = await h.Api<IWazoUserApi>().ListAsync(
            new WazoUserListQuery
            {
                Search = "foo", Order = "username", Direction = WazoSortDirection.Asc, Limit = 5, Offset = 10, Recurse = true,
                Uuid = "u", Username = "alice", Firstname = "Alice", Lastname = "Liddell", Purpose = "user", EmailAddress = "a@example.com",
                GroupUuid = "g", PolicyUuid = "p", PolicySlug = "ps", HasPolicyUuid = "hp", HasPolicySlug = "hps",
            },
            TenantUuid);

        Assert.Multiple(() =>
        {
            Assert.That(list.Total, Is.EqualTo(42));
            Assert.That(list.Filtered, Is.EqualTo(5));
            Assert.That(list.Items.Single().Username, Is.EqualTo("foobar"));
            Assert.That(list.Items[0].Lastname, Is.Null);
            Assert.That(list.Items[0].Emails, Is.Empty);
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_posts_only_the_given_fields_with_the_tenant_header_only()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/users")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""{"username": "foobar", "firstname": "Alice", "email_address": "foobar@example.com", "password": "s3cr37"}""")
            .RespondJson(User);

        var user = await h.Api<IWazoUserApi>().CreateAsync(
            new WazoUserCreate { Username = "foobar", Firstname = "Alice", EmailAddress = "foobar@example.com", Password = "s3cr37" },
            TenantUuid);

        Assert.Multiple(() =>
        {
            Assert.That(user.Uuid, Is.EqualTo(UserUuid));
            Assert.That(user.Enabled, Is.True);
            Assert.That(user.TenantUuid, Is.EqualTo(TenantUuid));
            Assert.That(user.AuthenticationMethod, Is.EqualTo("default"));
            Assert.That(user.Emails.Single().Main, Is.True);
            Assert.That(user.Emails[0].Confirmed, Is.True);
            Assert.That(user.Emails[0].Uuid, Is.EqualTo(EmailUuid));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_reads_the_user()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/" + UserUuid).WithClientToken(TenantUuid).RespondJson(User);

        var user = await h.Api<IWazoUserApi>().GetAsync(UserUuid, TenantUuid);

        Assert.That(user.Firstname, Is.EqualTo("Alice"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_the_fields()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/users/" + UserUuid)
            .WithClientToken()
            .WithJsonBody("""{"username": "bar", "firstname": "foo", "enabled": false}""")
            .RespondJson(User);

        var user = await h.Api<IWazoUserApi>().UpdateAsync(UserUuid, new WazoUserUpdate { Username = "bar", Firstname = "foo", Enabled = false });

        Assert.That(user.Uuid, Is.EqualTo(UserUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_user()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/users/" + UserUuid).WithClientToken(TenantUuid).WithoutBody().RespondEmpty();

        await h.Api<IWazoUserApi>().DeleteAsync(UserUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ChangePasswordAsync_puts_old_and_new_passwords()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/users/{UserUuid}/password")
            .WithJsonBody("""{"old_password": "s3cr37", "new_password": "n3w-s3cr37"}""")
            .RespondEmpty();

        await h.Api<IWazoUserApi>().ChangePasswordAsync(UserUuid, new WazoPasswordChange { OldPassword = "s3cr37", NewPassword = "n3w-s3cr37" });

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListGroupsAsync_reads_the_user_groups()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/groups").WithExactQueryString("limit=1").WithClientToken(TenantUuid).RespondJson(GroupList);

        var list = await h.Api<IWazoUserApi>().ListGroupsAsync(UserUuid, new WazoListQuery { Limit = 1 }, TenantUuid);

        Assert.That(list.Items.Single().Slug, Is.EqualTo("g1"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListPoliciesAsync_reads_the_user_policies_with_filtered()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/policies").WithExactQueryString("search=user").RespondJson(PolicyListWithFiltered);

        var list = await h.Api<IWazoUserApi>().ListPoliciesAsync(UserUuid, new WazoListQuery { Search = "user" });

        Assert.That(list.Filtered, Is.EqualTo(1));
        Assert.That(list.Items.Single().Acl, Has.Count.EqualTo(2));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AddPolicyAsync_puts_the_association()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/users/{UserUuid}/policies/{PolicyUuid}").WithClientToken(TenantUuid).WithoutBody().RespondEmpty();

        await h.Api<IWazoUserApi>().AddPolicyAsync(UserUuid, PolicyUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RemovePolicyAsync_deletes_the_association_by_slug()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/users/{UserUuid}/policies/wazo-default-user-policy").WithoutBody().RespondEmpty();

        await h.Api<IWazoUserApi>().RemovePolicyAsync(UserUuid, "wazo-default-user-policy");

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListSessionsAsync_reads_the_user_sessions()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/sessions").WithExactQueryString("limit=10&offset=20").RespondJson(Sessions);

        var list = await h.Api<IWazoUserApi>().ListSessionsAsync(UserUuid, new WazoListQuery { Limit = 10, Offset = 20 });

        Assert.That(list.Items.Single().Mobile, Is.True);
        Assert.That(list.Items[0].UserUuid, Is.EqualTo(UserUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteSessionAsync_deletes_the_user_session()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/users/{UserUuid}/sessions/{SessionUuid}").WithClientToken().RespondEmpty();

        await h.Api<IWazoUserApi>().DeleteSessionAsync(UserUuid, SessionUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
