using System.Net;
using Refit.AuthClients.Testing.Tests.Support;
using Refit.AuthClients.Testing.Wazo;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Testing.Tests.Wazo;

/// <summary>Users, policies, groups and tenants through the wazo-auth client: CRUD, paging, ACL-checked calls.</summary>
public class WazoResourceTests
{
    private WazoAuthEmulator _wazo = null!;
    private WazoClients _clients = null!;
    private EmulatedWazoUser _admin = null!;
    private string _adminToken = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _wazo = await WazoAuthEmulator.StartAsync();
        _admin = _wazo.AddUser("admin", "admin-pw", _wazo.AddPolicy("admin", "auth.#"));
        _clients = new WazoClients(_wazo.BaseUri);
        _adminToken = (await _clients.LoginAsync("admin", "admin-pw")).Token!;
    }

    [SetUp]
    public void ActAsAdmin() => _clients.UseToken(_adminToken);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _wazo.DisposeAsync();
    }

    [Test]
    public async Task Lists_page_sort_and_search_with_total_and_filtered_counts()
    {
        var tenant = (await _clients.Tenants.CreateAsync(new WazoTenantCreate { Name = "paging" })).Uuid!;
        for (var i = 0; i < 25; i++)
        {
            await _clients.Users.CreateAsync(new WazoUserCreate { Username = $"user-{i:00}", Firstname = i % 2 == 0 ? "Even" : "Odd" }, tenant);
        }

        var page = await _clients.Users.ListAsync(new WazoUserListQuery { Limit = 10, Offset = 10, Order = "username", Direction = WazoSortDirection.Desc }, tenant);
        var evens = await _clients.Users.ListAsync(new WazoUserListQuery { Search = "even", Limit = 5 }, tenant);
        var exact = await _clients.Users.ListAsync(new WazoUserListQuery { Username = "user-07" }, tenant);

        Assert.That((page.Total, page.Filtered), Is.EqualTo((25, (int?)25)));
        Assert.That(page.Items.Select(u => u.Username), Is.EqualTo(Enumerable.Range(5, 10).Reverse().Select(i => $"user-{i:00}")));
        Assert.That((evens.Total, evens.Filtered, evens.Items.Count), Is.EqualTo((25, (int?)13, 5)));
        Assert.That(exact.Items.Single().Username, Is.EqualTo("user-07"));
        Assert.That((await _clients.Users.ListAsync()).Items.Select(u => u.Username), Does.Not.Contain("user-07"), "other tenants' users stay out");
    }

    [TestCase("nope", null, null)]
    [TestCase(null, -1, null)]
    [TestCase(null, null, -5)]
    public async Task Bad_list_parameters_are_400(string? order, int? limit, int? offset)
    {
        var error = await Fails.With<WazoAuthBadRequestException>(() =>
            _clients.Users.ListAsync(new WazoUserListQuery { Order = order, Limit = limit, Offset = offset }));
        Assert.That(error.ErrorId, Is.EqualTo("invalid-list-param"));
    }

    [Test]
    public async Task The_policy_list_has_no_filtered_count_and_reports_bad_parameters_in_the_legacy_shape()
    {
        await _clients.Policies.CreateAsync(new WazoPolicyCreate { Name = "listed-policy", Acl = ["a.b"] });

        var list = await _clients.Policies.ListAsync(new WazoPolicyListQuery { Name = "listed-policy" });
        var error = await Fails.With<WazoAuthBadRequestException>(() => _clients.Policies.ListAsync(new WazoPolicyListQuery { Order = "acl" }));

        Assert.That((list.Total, list.Filtered), Is.EqualTo((1, (int?)null)));
        Assert.That(error.Reasons, Is.EqualTo(new[] { "Invalid sort column: acl" }));
    }

    [Test]
    public async Task A_user_created_through_the_api_logs_in_and_gets_the_acl_of_its_group()
    {
        var policy = await _clients.Policies.CreateAsync(new WazoPolicyCreate { Name = "agents", Acl = ["calld.calls.read"] });
        var group = await _clients.Groups.CreateAsync(new WazoGroupCreate { Name = "agents" });
        var user = await _clients.Users.CreateAsync(new WazoUserCreate { Username = "agent", Password = "agent-pw", EmailAddress = "agent@example.org" });
        await _clients.Groups.AddPolicyAsync(group.Uuid!, policy.Slug!);
        await _clients.Groups.AddUserAsync(group.Uuid!, user.Uuid!);

        var token = await _clients.LoginAsync("agent", "agent-pw");

        Assert.That(token.Acl, Is.EqualTo(new[] { "calld.calls.read" }));
        Assert.That(user.Emails.Single().Address, Is.EqualTo("agent@example.org"));
        _clients.UseToken(_adminToken);
        Assert.That((await _clients.Users.ListGroupsAsync(user.Uuid!)).Items.Select(g => g.Name), Does.Contain("agents"));
        Assert.That((await _clients.Users.ListAsync(new WazoUserListQuery { HasPolicySlug = "agents" })).Items.Single().Uuid, Is.EqualTo(user.Uuid));
    }

    [Test]
    public async Task A_call_the_token_has_no_acl_for_is_401_with_the_required_access()
    {
        var reader = _wazo.AddUser("reader", "pw", _wazo.AddPolicy("reader", "auth.users.read"));
        _clients.UseToken(_wazo.IssueToken(reader));

        Assert.That((await _clients.Users.ListAsync()).Total, Is.Positive);
        var refused = await Fails.With<WazoAuthUnauthorizedException>(() => _clients.Users.CreateAsync(new WazoUserCreate { Username = "x" }));
        Assert.That(refused.ErrorId, Is.EqualTo("unauthorized"));
        Assert.That(refused.Details!.Value.GetProperty("required_access").GetString(), Is.EqualTo("auth.users.create"));
    }

    [Test]
    public async Task A_login_can_be_used_once()
    {
        await _clients.Users.CreateAsync(new WazoUserCreate { Username = "taken" });
        var conflict = await Fails.With<WazoAuthConflictException>(() => _clients.Users.CreateAsync(new WazoUserCreate { Username = "taken" }));
        Assert.That(conflict.ErrorId, Is.EqualTo("conflict"));
    }

    [Test]
    public async Task Policies_are_edited_and_only_accesses_the_callers_token_holds_can_be_added()
    {
        var policy = await _clients.Policies.CreateAsync(new WazoPolicyCreate { Name = "editable", Description = "first", Acl = ["x.read"] });
        await _clients.Policies.AddAccessAsync(policy.Uuid!, "auth.custom.#");
        var updated = await _clients.Policies.UpdateAsync(policy.Uuid!, new WazoPolicyUpdate { Name = "edited", Acl = [.. (await _clients.Policies.GetAsync(policy.Uuid!)).Acl, "z.read"] });
        Assert.That(updated.Acl, Is.EqualTo(new[] { "x.read", "auth.custom.#", "z.read" }));
        Assert.That(updated.Name, Is.EqualTo("edited"));

        var limited = _wazo.AddUser("limited", "pw", _wazo.AddPolicy("limited", "auth.policies.#"));
        _clients.UseToken(_wazo.IssueToken(limited));
        var refused = await Fails.With<WazoAuthUnauthorizedException>(() => _clients.Policies.AddAccessAsync(policy.Uuid!, "confd.#"));
        Assert.That(refused.Details!.Value.GetProperty("required_access").GetString(), Is.EqualTo("confd.#"));

        _clients.UseToken(_adminToken);
        await _clients.Policies.DeleteAsync(policy.Uuid!);
        await Fails.With<WazoAuthNotFoundException>(() => _clients.Policies.GetAsync(policy.Uuid!));
    }

    [Test]
    public async Task Tenants_scope_what_a_token_sees()
    {
        var child = await _clients.Tenants.CreateAsync(new WazoTenantCreate { Name = "child", DomainNames = ["b.example.org", "a.example.org"] });
        var grandchild = await _clients.Tenants.CreateAsync(new WazoTenantCreate { Name = "grandchild" }, child.Uuid);
        var local = await _clients.Users.CreateAsync(new WazoUserCreate { Username = "local-admin", Password = "pw" }, child.Uuid);
        await _clients.Users.AddPolicyAsync(local.Uuid!, (await _clients.Policies.CreateAsync(new WazoPolicyCreate { Name = "local", Acl = ["auth.#"] }, child.Uuid)).Uuid!, child.Uuid);

        Assert.That(child.DomainNames, Is.EqualTo(new[] { "a.example.org", "b.example.org" }));
        Assert.That(grandchild.ParentUuid, Is.EqualTo(child.Uuid));
        await _clients.LoginAsync("local-admin", "pw");
        var seen = await _clients.Tenants.ListAsync();
        Assert.That(seen.Items.Select(t => t.Name), Is.EquivalentTo(new[] { "child", "grandchild" }));
        var outside = await Fails.With<WazoAuthUnauthorizedException>(() => _clients.Users.ListAsync(tenant: _wazo.MasterTenant.Uuid.ToString()));
        Assert.That(outside.ErrorId, Is.EqualTo("unauthorized-tenant"));
        var own = await Fails.With<WazoAuthException>(() => _clients.Tenants.DeleteAsync(child.Uuid!));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await _clients.Tenants.DeleteAsync(grandchild.Uuid!);
        await Fails.With<WazoAuthNotFoundException>(() => _clients.Tenants.GetAsync(grandchild.Uuid!));
    }

    [Test]
    public async Task System_groups_cannot_be_changed_but_their_policies_apply_to_every_user_of_the_tenant()
    {
        var allUsers = _wazo.AllUsersGroup();
        var error = await Fails.With<WazoAuthException>(() => _clients.Groups.DeleteAsync(allUsers.Uuid.ToString()));
        var policy = await _clients.Policies.CreateAsync(new WazoPolicyCreate { Name = "for-everyone", Acl = ["everyone.read"] });
        await _clients.Groups.AddPolicyAsync(allUsers.Uuid.ToString(), policy.Uuid!);
        _wazo.AddUser("newcomer", "pw");

        var token = await _clients.LoginAsync("newcomer", "pw");

        Assert.That(error.ErrorId, Is.EqualTo("forbidden-group"));
        Assert.That(token.Acl, Does.Contain("everyone.read"));
        _clients.UseToken(_adminToken);
        await _clients.Groups.RemovePolicyAsync(allUsers.Uuid.ToString(), policy.Uuid!);
    }

    [Test]
    public async Task A_password_change_needs_the_old_password()
    {
        var user = await _clients.Users.CreateAsync(new WazoUserCreate { Username = "changer", Password = "old" });
        await Fails.With<WazoAuthUnauthorizedException>(() =>
            _clients.Users.ChangePasswordAsync(user.Uuid!, new WazoPasswordChange { OldPassword = "wrong", NewPassword = "new" }));

        await _clients.Users.ChangePasswordAsync(user.Uuid!, new WazoPasswordChange { OldPassword = "old", NewPassword = "new" });

        Assert.That((await _clients.LoginAsync("changer", "new")).AuthId, Is.EqualTo(user.Uuid));
    }
}
