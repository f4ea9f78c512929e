using Refit.AuthClients.TestSupport;
using Refit.AuthClients.Testing.Tests.Support;
using Refit.AuthClients.Testing.Wazo;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Testing.Tests.Wazo;

/// <summary>
/// The wazo-auth client talks to the emulator through Prism's validating proxy, which turns any request or answer
/// that breaks the server's spec into a 500 carrying the violations: every call below must get through.
/// Left out on purpose: error answers (the spec's <c>Error</c> schema types timestamps as strings and does not
/// describe the API-exception shape the server sends) and <c>POST /token/{token}/scopes/check</c> (the spec declares
/// a list where the server answers an object); the emulator follows the server there.
/// </summary>
[NonParallelizable]
public class WazoSpecConformanceTests
{
    private WazoAuthEmulator _wazo = null!;
    private PrismProcess _prism = null!;
    private WazoClients _clients = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var (spec, prism) = WazoSpecEnvironment.Require("validate the emulator against the spec");
        _wazo = await WazoAuthEmulator.StartAsync();
        _wazo.AddUser(new WazoUserSeed
        {
            Username = "admin", Password = "admin-pw", Firstname = "Ada", EmailAddress = "admin@example.org",
            Policies = [_wazo.AddPolicy("admin", "auth.#")],
        });
        _prism = await PrismProcess.StartValidatingProxyAsync(prism, spec, _wazo.BaseUri);
        _clients = new WazoClients(_prism.BaseUri);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients?.Dispose();
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }

        if (_wazo is not null)
        {
            await _wazo.DisposeAsync();
        }
    }

    [Test]
    public Task Status_and_token_calls_conform() => ConformsAsync(async () =>
    {
        await _clients.Status.CheckAsync();
        var token = await _clients.LoginAsync("admin", "admin-pw", new WazoTokenRequest { Expiration = 600, AccessType = "offline", ClientId = "spec" });
        await _clients.Tokens.GetAsync(token.Token!, "auth.users.read", _wazo.MasterTenant.Uuid.ToString());
        await _clients.Tokens.CheckAsync(token.Token!, "auth.users.read");
        await _clients.RefreshTokens.ListAsync();
        await _clients.RefreshTokens.ListForUserAsync("me");
        await _clients.Tokens.CreateAsync(WazoClients.Basic("", ""), new WazoTokenRequest { RefreshToken = token.RefreshToken, ClientId = "spec" });
        await _clients.Tokens.RevokeAsync((await _clients.Tokens.CreateAsync(WazoClients.Basic("admin", "admin-pw"), new WazoTokenRequest())).Data!.Token!);
    });

    [Test]
    public Task User_calls_conform() => ConformsAsync(async () =>
    {
        await _clients.LoginAsync("admin", "admin-pw");
        var user = await _clients.Users.CreateAsync(new WazoUserCreate { Username = "spec-user", Password = "pw", EmailAddress = "spec@example.org" });
        await _clients.Users.GetAsync(user.Uuid!);
        await _clients.Users.UpdateAsync(user.Uuid!, new WazoUserUpdate { Username = "spec-user", Firstname = "Spec" });
        await _clients.Users.ListAsync(new WazoUserListQuery { Search = "spec", Limit = 5, Offset = 0, Order = "username", Direction = WazoSortDirection.Asc });
        await _clients.Users.ChangePasswordAsync(user.Uuid!, new WazoPasswordChange { OldPassword = "pw", NewPassword = "pw2" });
        await _clients.Users.ListGroupsAsync(user.Uuid!);
        await _clients.Users.ListPoliciesAsync(user.Uuid!);
        await _clients.Users.ListSessionsAsync(user.Uuid!);
        await _clients.Users.DeleteAsync(user.Uuid!);
    });

    [Test]
    public Task Policy_and_group_calls_conform() => ConformsAsync(async () =>
    {
        await _clients.LoginAsync("admin", "admin-pw");
        var policy = await _clients.Policies.CreateAsync(new WazoPolicyCreate { Name = "spec-policy", Description = "d", Acl = ["auth.x.read"] });
        await _clients.Policies.GetAsync(policy.Uuid!);
        await _clients.Policies.UpdateAsync(policy.Uuid!, new WazoPolicyUpdate { Name = "spec-policy", Acl = ["auth.y.read"] });
        await _clients.Policies.AddAccessAsync(policy.Uuid!, "auth.z.read");
        await _clients.Policies.RemoveAccessAsync(policy.Uuid!, "auth.z.read");
        await _clients.Policies.ListAsync(new WazoPolicyListQuery { Limit = 10 });
        var group = await _clients.Groups.CreateAsync(new WazoGroupCreate { Name = "spec-group" });
        var member = await _clients.Users.CreateAsync(new WazoUserCreate { Username = "spec-member" });
        await _clients.Groups.GetAsync(group.Uuid!);
        await _clients.Groups.UpdateAsync(group.Uuid!, new WazoGroupUpdate { Name = "spec-group-2" });
        await _clients.Groups.AddUserAsync(group.Uuid!, member.Uuid!);
        await _clients.Groups.AddPolicyAsync(group.Uuid!, policy.Uuid!);
        await _clients.Groups.ListAsync();
        await _clients.Groups.ListUsersAsync(group.Uuid!);
        await _clients.Groups.ListPoliciesAsync(group.Uuid!);
        await _clients.Users.AddPolicyAsync(member.Uuid!, policy.Uuid!);
        await _clients.Users.RemovePolicyAsync(member.Uuid!, policy.Uuid!);
        await _clients.Groups.RemovePolicyAsync(group.Uuid!, policy.Uuid!);
        await _clients.Groups.RemoveUserAsync(group.Uuid!, member.Uuid!);
        await _clients.Groups.DeleteAsync(group.Uuid!);
        await _clients.Policies.DeleteAsync(policy.Uuid!);
    });

    [Test]
    public Task Tenant_and_session_calls_conform() => ConformsAsync(async () =>
    {
        var token = await _clients.LoginAsync("admin", "admin-pw");
        var tenant = await _clients.Tenants.CreateAsync(new WazoTenantCreate { Name = "spec-tenant", DomainNames = ["spec.example.org"] });
        var other = await _clients.Tenants.CreateAsync(new WazoTenantCreate { Name = "other-tenant" });
        await _clients.Tenants.GetAsync(tenant.Uuid!);
        await _clients.Tenants.UpdateAsync(tenant.Uuid!, new WazoTenantUpdate { Name = "spec-tenant", Phone = "555-555-5555" });
        await _clients.Tenants.ListAsync();
        await _clients.Tenants.ListDomainsAsync(tenant.Uuid!);
        await _clients.Tenants.UpdateParentAsync(other.Uuid!, tenant.Uuid!);
        await _clients.Tenants.DeleteAsync(other.Uuid!);
        await _clients.Sessions.ListAsync();
        await _clients.Sessions.DeleteAsync((await _clients.Tokens.CreateAsync(WazoClients.Basic("admin", "admin-pw"), new WazoTokenRequest())).Data!.SessionUuid!);
        Assert.That(token.Token, Is.Not.Null);
    });

    [Test]
    public async Task The_proxy_really_validates_answers_against_the_spec()
    {
        // The one documented case where the server (and so the emulator) contradicts its spec.
        var token = await _clients.LoginAsync("admin", "admin-pw");
        var violation = await Fails.With<WazoAuthException>(() =>
            _clients.Tokens.CheckScopesAsync(token.Token!, new WazoScopeCheckRequest { Scopes = ["auth.users.read"] }));
        Assert.That(violation.ResponseBody, Does.Contain("scopes must be array"));
    }

    private async Task ConformsAsync(Func<Task> calls)
    {
        try
        {
            await calls();
        }
        catch (WazoAuthException violation)
        {
            Assert.Fail($"{violation.Message}{Environment.NewLine}{violation.ResponseBody}{Environment.NewLine}{_prism.RecentOutput}");
        }
    }
}
