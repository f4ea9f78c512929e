using System.Net;
using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.Testing.Tests.Support;
using Refit.AuthClients.Testing.Wazo;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Testing.Tests.Wazo;

/// <summary>Tokens through the wazo-auth client: ACLs from policies, scope checks, expiry, refresh tokens, sessions.</summary>
public class WazoTokenTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 5, 14, 49, 30, TimeSpan.Zero));
    private WazoAuthEmulator _wazo = null!;
    private WazoClients _clients = null!;
    private EmulatedWazoUser _alice = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _wazo = await WazoAuthEmulator.StartAsync(new WazoAuthEmulatorOptions { TimeProvider = _time });
        var own = _wazo.AddPolicy("alice-own", "confd.users.me.read", "auth.sessions.my_session.delete");
        var dird = _wazo.AddPolicy("directory", "dird.#", "!dird.admin.#");
        var staff = _wazo.AddGroup("staff", policies: dird);
        _wazo.AddPolicyToGroup(_wazo.AllUsersGroup(), _wazo.AddPolicy("everyone", "auth.users.me.tokens.read"));
        _alice = _wazo.AddUser(new WazoUserSeed
        {
            Username = "alice", Password = "s3cr37", EmailAddress = "alice@example.org", Policies = [own], Groups = [staff],
        });
        _clients = new WazoClients(_wazo.BaseUri);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _wazo.DisposeAsync();
    }

    [Test]
    public async Task A_token_carries_the_acl_of_the_users_policies_direct_and_through_groups()
    {
        var token = await _clients.LoginAsync("alice", "s3cr37", new WazoTokenRequest { Expiration = 3600 });

        Assert.That(token.Acl, Is.EquivalentTo(new[]
        {
            "confd.users.me.read", "auth.sessions.my_session.delete", "dird.#", "!dird.admin.#", "auth.users.me.tokens.read",
        }));
        Assert.That(token.AuthId, Is.EqualTo(_alice.Uuid.ToString()));
        Assert.That(token.Metadata!.TenantUuid, Is.EqualTo(_wazo.MasterTenant.Uuid.ToString()));
        Assert.That(token.UtcIssuedAtInstant, Is.EqualTo(_time.GetUtcNow()));
        Assert.That(token.UtcExpiresAtInstant, Is.EqualTo(_time.GetUtcNow().AddHours(1)));
    }

    [Test]
    public async Task A_confirmed_email_address_is_a_login_too_and_a_wrong_password_is_refused()
    {
        var token = await _clients.LoginAsync("alice@example.org", "s3cr37");
        var refused = await Fails.With<WazoAuthUnauthorizedException>(() => _clients.LoginAsync("alice", "wrong"));

        Assert.That(token.AuthId, Is.EqualTo(_alice.Uuid.ToString()));
        Assert.That(refused.Reasons, Is.EqualTo(new[] { "Authentication Failed" }));
    }

    [TestCase("confd.users.me.read", true)]
    [TestCase("dird.directories.lookup", true)]
    [TestCase("dird.admin.config", false)]
    [TestCase("confd.users.read", false)]
    public async Task Scope_checks_follow_the_acl_rules(string scope, bool granted)
    {
        var token = (await _clients.LoginAsync("alice", "s3cr37")).Token!;

        var checkedScopes = await _clients.Tokens.CheckScopesAsync(token, new WazoScopeCheckRequest { Scopes = [scope] });

        Assert.That(checkedScopes.Scopes[scope], Is.EqualTo(granted));
        if (granted)
        {
            await _clients.Tokens.CheckAsync(token, scope);
            Assert.That((await _clients.Tokens.GetAsync(token, scope)).Data!.Token, Is.EqualTo(token));
        }
        else
        {
            var refused = await Fails.With<WazoAuthException>(() => _clients.Tokens.GetAsync(token, scope));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(refused.Reasons, Is.EqualTo(new[] { $"Unauthorized for {scope}" }));
        }
    }

    [Test]
    public async Task Me_and_my_session_stand_for_the_tokens_own_user_and_session()
    {
        var token = await _clients.LoginAsync("alice", "s3cr37");

        await _clients.Tokens.CheckAsync(token.Token!, $"confd.users.{_alice.Uuid}.read");
        await _clients.Tokens.CheckAsync(token.Token!, $"auth.sessions.{token.SessionUuid}.delete");
        await Fails.With<WazoAuthException>(() => _clients.Tokens.CheckAsync(token.Token!, $"confd.users.{Guid.NewGuid()}.read"));
    }

    [Test]
    public async Task A_token_expires_with_its_session()
    {
        var token = (await _clients.LoginAsync("alice", "s3cr37", new WazoTokenRequest { Expiration = 60 })).Token!;
        Assert.That((await _clients.RefreshTokens.ListForUserAsync("me")).Total, Is.Zero, "an API call works with the token");

        _time.Advance(TimeSpan.FromSeconds(61));

        var unknown = await Fails.With<WazoAuthNotFoundException>(() => _clients.Tokens.GetAsync(token));
        var unauthorized = await Fails.With<WazoAuthUnauthorizedException>(() => _clients.RefreshTokens.ListForUserAsync("me"));
        Assert.That(unknown.Reasons, Is.EqualTo(new[] { "No such token" }));
        Assert.That(unauthorized.ErrorId, Is.EqualTo("unauthorized"));
        Assert.That(_wazo.IsTokenValid(token), Is.False);
    }

    [Test]
    public async Task An_offline_token_comes_with_a_refresh_token_that_logs_in_again_until_revoked()
    {
        var offline = await _clients.LoginAsync("alice", "s3cr37", new WazoTokenRequest { AccessType = "offline", ClientId = "my-app" });
        Assert.That(offline.RefreshToken, Is.Not.Null);

        var refreshed = await _clients.Tokens.CreateAsync(
            WazoClients.Basic("", ""), new WazoTokenRequest { RefreshToken = offline.RefreshToken, ClientId = "my-app" });
        Assert.That(refreshed.Data!.AuthId, Is.EqualTo(_alice.Uuid.ToString()));
        Assert.That(refreshed.Data.RefreshToken, Is.Null);

        _clients.UseToken(refreshed.Data.Token);
        var mine = await _clients.RefreshTokens.ListForUserAsync("me");
        Assert.That(mine.Items.Select(r => r.ClientId), Is.EqualTo(new[] { "my-app" }));

        _clients.UseToken(_wazo.IssueToken(_wazo.AddUser("refresh-admin", "pw", _wazo.AddPolicy("refresh-admin", "auth.users.#"))));
        await _clients.RefreshTokens.DeleteForUserAsync(_alice.Uuid.ToString(), "my-app");
        await Fails.With<WazoAuthUnauthorizedException>(() => _clients.Tokens.CreateAsync(
            WazoClients.Basic("", ""), new WazoTokenRequest { RefreshToken = offline.RefreshToken, ClientId = "my-app" }));
    }

    [Test]
    public async Task A_revoked_token_is_gone_and_so_is_its_session()
    {
        var token = await _clients.LoginAsync("alice", "s3cr37");

        await _clients.Tokens.RevokeAsync(token.Token!);

        await Fails.With<WazoAuthNotFoundException>(() => _clients.Tokens.CheckAsync(token.Token!));
        Assert.That(_wazo.IsTokenValid(token.Token!), Is.False);
    }

    [Test]
    public async Task The_tenant_check_accepts_the_tokens_tenant_tree_only()
    {
        var child = _wazo.AddTenant("child");
        var token = (await _clients.LoginAsync("alice", "s3cr37")).Token!;
        var elsewhere = await WazoAuthEmulator.StartAsync();
        await using var _ = elsewhere;

        await _clients.Tokens.CheckAsync(token, tenant: child.Uuid.ToString());
        var refused = await Fails.With<WazoAuthException>(() => _clients.Tokens.GetAsync(token, tenant: elsewhere.MasterTenant.Uuid.ToString()));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Sessions_follow_tokens_and_deleting_one_revokes_its_token()
    {
        var admin = _wazo.AddUser("session-admin", "pw", _wazo.AddPolicy("session-admin", "auth.sessions.#"));
        var token = await _clients.LoginAsync("alice", "s3cr37", new WazoTokenRequest());
        _clients.UseToken(_wazo.IssueToken(admin));

        var sessions = await _clients.Sessions.ListAsync();
        Assert.That(sessions.Items.Select(s => s.Uuid), Does.Contain(token.SessionUuid));

        await _clients.Sessions.DeleteAsync(token.SessionUuid!);
        Assert.That(_wazo.IsTokenValid(token.Token!), Is.False);
    }

    [Test]
    public async Task Status_answers_head_and_reports_unhealthy()
    {
        await _clients.Status.CheckAsync();
        _wazo.Healthy = false;
        try
        {
            var error = await Fails.With<WazoAuthException>(() => _clients.Status.CheckAsync());
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }
        finally
        {
            _wazo.Healthy = true;
        }
    }
}
