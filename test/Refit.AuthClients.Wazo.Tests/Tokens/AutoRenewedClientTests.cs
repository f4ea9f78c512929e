using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using Refit.AuthClients.Wazo.Options;
using Refit.AuthClients.Wazo.Tokens;

namespace Refit.AuthClients.Wazo.Tests.Tokens;

/// <summary>The registered client with <c>WithAutoRenewedToken</c>, through its whole HTTP pipeline.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class AutoRenewedClientTests : IAsyncDisposable
{
    private const string UserPath = "/users/" + WazoExamples.UserUuid;
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(300);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MockHttpMessageHandler _mock = new();
    private readonly TokenIssuingServer _server;
    private ServiceProvider? _provider;

    public AutoRenewedClientTests()
    {
        _server = new TokenIssuingServer(_time, Lifetime);
        _server.Serve(_mock, WazoHarness.BaseUrl);
    }

    private IWazoUserApi Users => Provider().GetRequiredService<IWazoUserApi>();

    [Test]
    public async Task One_line_of_setup_gives_every_call_a_created_token()
    {
        var user = await Users.GetAsync(WazoExamples.UserUuid);

        Assert.That(user.Username, Is.EqualTo("foobar"));
        Assert.That(_server.TokensOnCreation, Is.EqualTo(new string?[] { null }), "POST /token carries basic credentials, no token");
        Assert.That(_server.TokensServed, Is.EqualTo(new[] { "token-1" }));
    }

    [Test]
    public async Task A_thousand_parallel_calls_across_an_expiry_cause_one_renewal_and_no_failure()
    {
        await Users.GetAsync(WazoExamples.UserUuid);
        _time.Advance(TimeSpan.FromSeconds(250));

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => Users.GetAsync(WazoExamples.UserUuid))).ToArray();
        for (var step = 0; step < 12; step++)
        {
            // From before the renewal point (270 s) to past the expiry (300 s) while the calls run.
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(2);
        }

        var users = await Task.WhenAll(calls);

        Assert.That(users, Has.Length.EqualTo(1000).And.All.Not.Null);
        Assert.That(_server.Creates, Is.EqualTo(2));
    }

    [Test]
    public async Task A_thousand_calls_waiting_on_an_expired_token_share_one_creation()
    {
        await Users.GetAsync(WazoExamples.UserUuid);
        _server.CreationGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _time.Advance(TimeSpan.FromSeconds(301));

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => Users.GetAsync(WazoExamples.UserUuid))).ToArray();
        await Task.Delay(50);
        _server.CreationGate.SetResult();
        await Task.WhenAll(calls);

        Assert.That(_server.Creates, Is.EqualTo(2));
        Assert.That(_server.TokensServed.Skip(1), Has.All.EqualTo("token-2"));
    }

    [Test]
    public async Task A_rejected_token_is_renewed_and_the_call_succeeds_with_the_new_one()
    {
        await Users.GetAsync(WazoExamples.UserUuid);
        _time.Advance(TimeSpan.FromSeconds(60));
        _server.Invalidate("token-1");

        var user = await Users.GetAsync(WazoExamples.UserUuid);

        Assert.That(user.Username, Is.EqualTo("foobar"));
        Assert.That(_server.TokensServed, Is.EqualTo(new[] { "token-1", "token-1", "token-2" }));
        Assert.That(_server.Creates, Is.EqualTo(2));
    }

    [Test]
    public async Task Concurrent_rejections_cause_one_renewal()
    {
        await Users.GetAsync(WazoExamples.UserUuid);
        _time.Advance(TimeSpan.FromSeconds(60));
        _server.Invalidate("token-1");

        var users = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Users.GetAsync(WazoExamples.UserUuid)));

        Assert.That(users, Has.All.Not.Null);
        Assert.That(_server.Creates, Is.EqualTo(2));
    }

    [Test]
    public async Task A_refused_creation_is_not_repeated_and_the_caller_sees_its_error()
    {
        _server.AcceptedCredentials = "svc:other";

        var error = await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(() => Users.GetAsync(WazoExamples.UserUuid));

        Assert.That(error!.RequestMethod, Is.EqualTo("POST"));
        Assert.That(error.RequestPath, Does.EndWith("/token"));
        Assert.That(_server.Creates, Is.EqualTo(1));
        Assert.That(_server.TokensServed, Is.Empty);
    }

    [Test]
    public async Task A_user_login_refused_through_the_client_is_sent_once_without_the_service_token_and_renews_nothing()
    {
        await Users.GetAsync(WazoExamples.UserUuid);
        // Past the rejection cooldown: a 401 blamed on the service token would renew it.
        _time.Advance(TimeSpan.FromSeconds(60));
        var client = Provider().GetRequiredService<IWazoAuthClient>();

        var error = await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(() => client.Token.CreateAsync(new WazoTokenRequest(), "alice", "wrong"));

        Assert.That(error!.RequestPath, Does.EndWith("/token"));
        Assert.That(_server.Logins, Is.EqualTo(new[] { "svc", "alice" }), "alice's login once, and no new service token");
        Assert.That(_server.TokensOnCreation, Is.EqualTo(new string?[] { null, null }), "no service token on alice's login");
        Assert.That(Provider().GetRequiredService<WazoRenewingTokenSource>().CurrentToken?.Token, Is.EqualTo("token-1"));
    }

    [Test]
    public async Task A_user_login_as_the_first_call_creates_no_service_token()
    {
        var client = Provider().GetRequiredService<IWazoAuthClient>();

        await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(() => client.Token.CreateAsync(new WazoTokenRequest(), "alice", "wrong"));

        Assert.That(_server.Logins, Is.EqualTo(new[] { "alice" }));
        Assert.That(Provider().GetRequiredService<WazoRenewingTokenSource>().CurrentToken, Is.Null);
    }

    [Test]
    public async Task Disposing_the_source_revokes_its_token_without_sending_it_as_the_caller_token()
    {
        await Users.GetAsync(WazoExamples.UserUuid);

        await Provider().GetRequiredService<WazoRenewingTokenSource>().DisposeAsync();

        Assert.That(_server.Revoked, Is.EqualTo(new[] { ("token-1", (string?)null) }));
    }

    [Test]
    public async Task Disposing_the_container_revokes_the_token_too()
    {
        await Users.GetAsync(WazoExamples.UserUuid);

        await Assert.DoesNotThrowAsync(async () => await DisposeAsync());
        Assert.That(_server.Revoked, Is.EqualTo(new[] { ("token-1", (string?)null) }));
    }

    [Test]
    public void Missing_credentials_are_reported_when_the_source_is_built()
    {
        var services = new ServiceCollection();
        services.AddWazoAuthClient(o => o.Host = WazoHarness.Host).WithAutoRenewedToken();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WazoRenewingTokenSource>());

        Assert.That(error!.Message, Does.Contain("Username"));
    }

    [Test]
    public void Only_the_wazo_auth_client_can_renew_its_token()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddHttpClient("other").WithAutoRenewedToken());
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
            _provider = null;
        }
    }

    [TearDown]
    public async Task TearDown()
    {
        await DisposeAsync();
        _mock.Dispose();
    }

    private ServiceProvider Provider()
    {
        if (_provider is null)
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(_time);
            services.AddWazoAuthClient(o =>
                {
                    o.Host = WazoHarness.Host;
                    o.Username = "svc";
                    o.Password = "s3cr3t";
                })
                .WithAutoRenewedToken(o => o.RevokeOnDispose = true)
                .ConfigurePrimaryHttpMessageHandler(() => _mock);
            _provider = services.BuildServiceProvider(validateScopes: true);
        }

        return _provider;
    }
}
