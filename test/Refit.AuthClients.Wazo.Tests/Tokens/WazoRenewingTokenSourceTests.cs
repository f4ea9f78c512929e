using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using Refit.AuthClients.Wazo.Tokens;

namespace Refit.AuthClients.Wazo.Tests.Tokens;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class WazoRenewingTokenSourceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private const int FailureEvent = 2;
    private readonly FakeTokenApi _api = new();

    [Test]
    public async Task The_first_call_creates_a_token_with_basic_credentials_and_later_calls_reuse_it()
    {
        await using var source = Source(o => o.Expiration = 300);

        var first = await source.GetTokenAsync();
        var second = await source.GetTokenAsync();

        Assert.That(first, Is.EqualTo("token-1"));
        Assert.That(second, Is.EqualTo("token-1"));
        Assert.That(_api.Creates, Is.EqualTo(1));
        var (authorization, request, _) = _api.Requests.Single();
        Assert.That(authorization, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:s3cr3t"))));
        Assert.That(request, Is.EqualTo(new WazoTokenRequest { Expiration = 300 }));
    }

    [Test]
    public async Task A_refresh_token_creates_tokens_with_empty_basic_credentials()
    {
        await using var source = new WazoRenewingTokenSource(
            _api,
            new WazoTokenRenewalOptions { RefreshToken = "refresh", ClientId = "my-app", SessionType = "mobile" },
            _time);

        await source.GetTokenAsync();

        var (authorization, request, sessionType) = _api.Requests.Single();
        Assert.That(authorization, Is.EqualTo("Basic Og=="));
        Assert.That(request, Is.EqualTo(new WazoTokenRequest { RefreshToken = "refresh", ClientId = "my-app" }));
        Assert.That(sessionType, Is.EqualTo("mobile"));
    }

    [Test]
    public async Task The_token_is_renewed_in_the_background_ten_percent_before_expiry_while_the_old_one_is_served()
    {
        await using var source = Source();
        await source.GetTokenAsync();
        _api.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        _time.Advance(TimeSpan.FromSeconds(269));
        Assert.That(_api.Creates, Is.EqualTo(1), "not yet due");
        _time.Advance(TimeSpan.FromSeconds(2));
        await Eventually.IsTrueAsync(() => _api.Creates == 2, "the renewal starts");

        Assert.That(await source.GetTokenAsync(), Is.EqualTo("token-1"), "the old token, still valid, is served without waiting");
        _api.Gate.SetResult();
        await Eventually.IsTrueAsync(() => source.CurrentToken?.Token == "token-2", "the new token is in place");
        Assert.That(await source.GetTokenAsync(), Is.EqualTo("token-2"));
    }

    [TestCase(7200, 7140)]
    [TestCase(300, 270)]
    [TestCase(20, 18)]
    public async Task The_default_margin_is_ten_percent_of_the_lifetime_at_most_a_minute(int lifetime, int renewAfter)
    {
        _api.Lifetime = TimeSpan.FromSeconds(lifetime);
        await using var source = Source();
        await source.GetTokenAsync();

        _time.Advance(TimeSpan.FromSeconds(renewAfter) - TimeSpan.FromMilliseconds(1));
        Assert.That(_api.Creates, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await Eventually.IsTrueAsync(() => _api.Creates == 2, $"renewed after {renewAfter} s");
    }

    [Test]
    public async Task The_margin_can_be_set_and_never_exceeds_half_the_lifetime()
    {
        await using var source = Source(o => o.RenewalMargin = TimeSpan.FromHours(1));
        await source.GetTokenAsync();

        _time.Advance(TimeSpan.FromSeconds(149));
        Assert.That(_api.Creates, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        await Eventually.IsTrueAsync(() => _api.Creates == 2, "renewed at half the lifetime");
    }

    [Test]
    public async Task A_token_living_longer_than_a_timer_can_wait_is_handed_out_and_renewed_on_time()
    {
        var longest = TimeSpan.FromMilliseconds(0xfffffffe);
        _api.Lifetime = TimeSpan.FromDays(60);
        await using var source = new WazoRenewingTokenSource(_api, Options(), new TimerLimitTimeProvider(_time));

        var first = source.GetTokenAsync().AsTask();
        await Eventually.IsTrueAsync(() => first.IsCompleted, "the first call completes");
        Assert.That(await first, Is.EqualTo("token-1"));

        // The renewal is due 60 s before expiry, beyond the longest a timer waits: it fires early and is armed again.
        var renewAfter = TimeSpan.FromDays(60) - TimeSpan.FromSeconds(60);
        _time.Advance(longest);
        _time.Advance(renewAfter - longest - TimeSpan.FromMilliseconds(1));
        Assert.That(_api.Creates, Is.EqualTo(1), "not yet due");
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await Eventually.IsTrueAsync(() => _api.Creates == 2, "renewed 60 s before expiry");
    }

    [Test]
    public async Task A_logger_that_throws_never_leaves_a_caller_waiting()
    {
        await using var source = new WazoRenewingTokenSource(_api, Options(), _time, new ThrowingLogger());
        _api.Failure = Unauthorized();

        var failed = source.GetTokenAsync().AsTask();
        await Eventually.IsTrueAsync(() => failed.IsCompleted, "the failed creation reaches its caller");
        await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(() => failed);

        _api.Failure = null;
        _time.Advance(TimeSpan.FromMinutes(1));
        var created = source.GetTokenAsync().AsTask();
        await Eventually.IsTrueAsync(() => created.IsCompleted, "the created token reaches its caller");
        Assert.That(await created, Is.EqualTo("token-2"));
    }

    [Test]
    public async Task A_thousand_concurrent_first_calls_cause_one_creation()
    {
        await using var source = Source();
        _api.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () => await source.GetTokenAsync())).ToArray();
        await Eventually.IsTrueAsync(() => _api.Creates == 1, "the creation starts");
        _api.Gate.SetResult();
        var tokens = await Task.WhenAll(calls);

        Assert.That(tokens, Has.All.EqualTo("token-1"));
        Assert.That(_api.Creates, Is.EqualTo(1));
    }

    [Test]
    public async Task A_thousand_concurrent_calls_after_expiry_share_one_renewal()
    {
        await using var source = Source();
        await source.GetTokenAsync();
        _api.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _time.Advance(TimeSpan.FromSeconds(301));

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () => await source.GetTokenAsync())).ToArray();
        await Task.Delay(50);
        Assert.That(calls.Any(c => c.IsCompleted), Is.False, "an expired token is never handed out");
        _api.Gate.SetResult();
        var tokens = await Task.WhenAll(calls);

        Assert.That(tokens, Has.All.EqualTo("token-2"));
        Assert.That(_api.Creates, Is.EqualTo(2));
    }

    [Test]
    public async Task A_failed_creation_reaches_its_callers_typed_and_is_not_kept()
    {
        await using var source = Source(o => o.MaxRetryDelay = TimeSpan.FromSeconds(2));
        _api.Failure = Unauthorized();

        var error = await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(async () => await source.GetTokenAsync());
        Assert.That(error!.RequestPath, Is.EqualTo("/token"));

        _api.Failure = null;
        var next = source.GetTokenAsync().AsTask();
        await Task.Delay(50);
        Assert.That(next.IsCompleted, Is.False, "the next attempt waits for the backoff");
        Assert.That(_api.Creates, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.That(await next, Is.EqualTo("token-2"));
    }

    [Test]
    public async Task Concurrent_callers_of_a_failing_creation_all_see_the_error_of_one_attempt()
    {
        await using var source = Source();
        _api.Failure = Unauthorized();
        _api.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 20).Select(_ => source.GetTokenAsync().AsTask()).ToArray();
        await Eventually.IsTrueAsync(() => _api.Creates == 1, "the creation starts");
        _api.Gate.SetResult();

        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(async () => await call);
        }

        Assert.That(_api.Creates, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_background_renewal_keeps_serving_the_valid_token_and_tries_again_later()
    {
        var logger = new ListLogger<WazoRenewingTokenSource>();
        await using var source = new WazoRenewingTokenSource(_api, Options(o => o.MaxRetryDelay = TimeSpan.FromSeconds(4)), _time, logger);
        await source.GetTokenAsync();
        _api.Failure = new WazoAuthException(new AuthErrorInfo(AuthErrorKind.Connection, "POST", "/token"));

        _time.Advance(TimeSpan.FromSeconds(271));
        await Eventually.IsTrueAsync(() => logger.Lines.Any(l => l.EventId == FailureEvent), "the first renewal attempt fails");
        Assert.That(await source.GetTokenAsync(), Is.EqualTo("token-1"));

        _api.Failure = null;
        _time.Advance(TimeSpan.FromSeconds(4));
        await Eventually.IsTrueAsync(() => source.CurrentToken?.Token == "token-3", "the retry succeeds");
        Assert.That(await source.GetTokenAsync(), Is.EqualTo("token-3"));
    }

    [Test]
    public async Task Concurrent_rejections_of_the_current_token_renew_it_once()
    {
        await using var source = Source();
        await source.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(10));

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => source.RenewAsync("token-1").AsTask()));

        Assert.That(_api.Creates, Is.EqualTo(2));
        Assert.That(await source.GetTokenAsync(), Is.EqualTo("token-2"));
    }

    [Test]
    public async Task A_rejected_token_is_no_longer_handed_out()
    {
        await using var source = Source();
        await source.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(10));
        _api.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var renewal = source.RenewAsync("token-1").AsTask();
        var next = source.GetTokenAsync().AsTask();
        await Task.Delay(20);
        Assert.That(next.IsCompleted, Is.False);
        _api.Gate.SetResult();
        await renewal;

        Assert.That(await next, Is.EqualTo("token-2"));
    }

    [Test]
    public async Task A_rejection_of_an_older_token_or_of_a_fresh_one_renews_nothing()
    {
        await using var source = Source();
        await source.GetTokenAsync();

        await source.RenewAsync("token-1");
        Assert.That(_api.Creates, Is.EqualTo(1), "a token younger than the cooldown is kept");

        _time.Advance(TimeSpan.FromSeconds(10));
        await source.RenewAsync("token-0");
        Assert.That(_api.Creates, Is.EqualTo(1), "another token was rejected");
    }

    [Test]
    public async Task Subscribers_hear_of_the_current_token_then_of_each_new_one_until_disposal()
    {
        var source = Source();
        await source.GetTokenAsync();
        var seen = new List<string?>();
        var completed = false;
        using var failing = source.Subscribe(_ => throw new InvalidOperationException("subscriber bug"));
        using var subscription = source.Subscribe(new Observer(t => seen.Add(t.Token), () => completed = true));

        _time.Advance(TimeSpan.FromSeconds(10));
        await source.RenewAsync("token-1");
        await source.DisposeAsync();

        Assert.That(seen, Is.EqualTo(new[] { "token-1", "token-2" }));
        Assert.That(completed, Is.True);
    }

    [Test]
    public async Task An_unsubscribed_callback_hears_nothing_more()
    {
        await using var source = Source();
        var seen = new List<string?>();
        var subscription = source.Subscribe(t => seen.Add(t.Token));
        await source.GetTokenAsync();

        subscription.Dispose();
        _time.Advance(TimeSpan.FromSeconds(10));
        await source.RenewAsync("token-1");

        Assert.That(seen, Is.EqualTo(new[] { "token-1" }));
    }

    [Test]
    public async Task Disposal_revokes_the_token_when_asked_and_ends_the_source()
    {
        var source = Source(o => o.RevokeOnDispose = true);
        await source.GetTokenAsync();

        await source.DisposeAsync();
        source.Dispose();

        Assert.That(_api.Revoked, Is.EqualTo(new[] { "token-1" }));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await source.GetTokenAsync());
    }

    [Test]
    public async Task Disposal_keeps_the_token_by_default()
    {
        var source = Source();
        await source.GetTokenAsync();

        source.Dispose();

        Assert.That(_api.Revoked, Is.Empty);
    }

    [Test]
    public async Task An_answer_without_a_token_is_an_invalid_response()
    {
        await using var source = new WazoRenewingTokenSource(new FixedAnswerApi(new WazoTokenResponse()), Options(), _time);

        await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(async () => await source.GetTokenAsync());
    }

    /// <summary>The same rule as the client's token calls: a token for no one (no auth_id) is not a usable token.</summary>
    [Test]
    public async Task An_answer_without_an_auth_id_is_an_invalid_response()
    {
        var answer = new WazoTokenResponse { Data = new WazoToken { Token = "token-1" } };
        await using var source = new WazoRenewingTokenSource(new FixedAnswerApi(answer), Options(), _time);

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(async () => await source.GetTokenAsync());

        Assert.That(thrown!.InnerException?.Message, Does.Contain("auth_id"));
    }

    [Test]
    public async Task Neither_the_token_nor_the_secrets_are_ever_shown()
    {
        var logger = new ListLogger<WazoRenewingTokenSource>();
        var options = Options(o => o.RevokeOnDispose = true);
        var source = new WazoRenewingTokenSource(_api, options, _time, logger);
        await source.GetTokenAsync();
        _time.Advance(TimeSpan.FromSeconds(10));
        await source.RenewAsync("token-1");
        var shown = source.ToString();
        await source.DisposeAsync();

        Assert.That(shown, Does.Not.Contain("token-2").And.Contain("***"));
        Assert.That(options.ToString(), Does.Contain("***").And.Not.Contain("s3cr3t"));
        Assert.That(new WazoTokenRenewalOptions { RefreshToken = "refresh-secret" }.ToString(), Does.Not.Contain("refresh-secret"));
        Assert.That(logger.Lines.Count, Is.GreaterThanOrEqualTo(4));
        Assert.That(logger.Lines.Select(l => l.Message), Has.None.Contain("token-").And.None.Contain("s3cr3t"));
    }

    [TestCase(null, null, null, null)]
    [TestCase("svc", null, null, null)]
    [TestCase(null, null, "refresh", null)]
    [TestCase("svc", "s3cr3t", "refresh", "my-app")]
    public void Credentials_are_required_and_exclusive(string? username, string? password, string? refreshToken, string? clientId)
    {
        var options = new WazoTokenRenewalOptions { Username = username, Password = password, RefreshToken = refreshToken, ClientId = clientId };

        Assert.Throws<ArgumentException>(() => _ = new WazoRenewingTokenSource(_api, options, _time));
    }

    private static WazoAuthUnauthorizedException Unauthorized() =>
        new(new AuthErrorInfo(AuthErrorKind.HttpStatus, "POST", "/token", HttpStatusCode.Unauthorized, "Unauthorized"));

    private static WazoTokenRenewalOptions Options(Action<WazoTokenRenewalOptions>? configure = null)
    {
        var options = new WazoTokenRenewalOptions { Username = "svc", Password = "s3cr3t" };
        configure?.Invoke(options);
        return options;
    }

    private WazoRenewingTokenSource Source(Action<WazoTokenRenewalOptions>? configure = null) => new(_api, Options(configure), _time);

    private sealed class Observer(Action<WazoToken> onNext, Action onCompleted) : IObserver<WazoToken>
    {
        public void OnNext(WazoToken value) => onNext(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted() => onCompleted();
    }

    private sealed class ThrowingLogger : ILogger<WazoRenewingTokenSource>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            throw new InvalidOperationException("logger bug");
    }

    private sealed class FixedAnswerApi(WazoTokenResponse answer) : Api.IWazoTokenApi
    {
        public Task<WazoTokenResponse> CreateAsync(string authorization, WazoTokenRequest request, string? sessionType = null, bool ownCredentials = true, CancellationToken cancellationToken = default) =>
            Task.FromResult(answer);

        public Task<WazoTokenResponse> GetAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task CheckAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task RevokeAsync(string token, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<WazoScopeCheckResult> CheckScopesAsync(string token, WazoScopeCheckRequest request, bool safeToRepeat = true, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
