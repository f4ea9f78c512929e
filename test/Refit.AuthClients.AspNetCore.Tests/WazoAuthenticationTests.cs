using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.AspNetCore.Tests.Support;

namespace Refit.AuthClients.AspNetCore.Tests;

public sealed class WazoAuthenticationTests : HostTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly FakeWazoAuth _wazo;

    public WazoAuthenticationTests()
    {
        _wazo = Own(new FakeWazoAuth(_time));
    }

    private DateTimeOffset InAnHour => _time.GetUtcNow().AddHours(1);

    [Test]
    public async Task A_valid_token_authenticates_with_its_identity_and_acls_as_claims()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "confd.users.me.read", "!confd.users.me.delete");

        var response = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var claims = await response.ReadClaimsAsync();
        Assert.That(claims[AuthClaimTypes.WazoAuthId], Is.EqualTo(new[] { FakeWazoAuth.AuthId }));
        Assert.That(claims[ClaimTypes.NameIdentifier], Is.EqualTo(new[] { FakeWazoAuth.AuthId }));
        Assert.That(claims[AuthClaimTypes.WazoUserUuid], Is.EqualTo(new[] { FakeWazoAuth.AuthId }));
        Assert.That(claims[AuthClaimTypes.WazoTenantUuid], Is.EqualTo(new[] { FakeWazoAuth.TenantUuid }));
        Assert.That(claims[AuthClaimTypes.WazoSessionUuid], Is.EqualTo(new[] { FakeWazoAuth.SessionUuid }));
        Assert.That(claims[AuthClaimTypes.WazoAcl], Is.EqualTo(new[] { "confd.users.me.read", "!confd.users.me.delete" }));
    }

    [Test]
    public async Task A_bearer_token_is_read_when_there_is_no_token_header()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "#");

        var response = await app.GetAsync("/me", ("Authorization", "Bearer " + token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Without_a_token_the_answer_is_401_and_wazo_auth_is_not_asked()
    {
        var app = await StartAsync();

        var response = await app.GetAsync("/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_wazo.Lookups, Is.Zero);
    }

    [Test]
    public async Task A_token_that_is_no_uuid_is_refused_without_asking_wazo_auth()
    {
        var app = await StartAsync();

        var response = await app.GetAsync("/me", ("X-Auth-Token", "../../status"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_wazo.Lookups, Is.Zero);
    }

    [Test]
    public async Task An_unknown_token_is_401_and_remembered_briefly()
    {
        var app = await StartAsync();
        var unknown = Guid.NewGuid().ToString();

        var first = await app.GetAsync("/me", ("X-Auth-Token", unknown));
        var second = await app.GetAsync("/me", ("X-Auth-Token", unknown));
        _time.Advance(TokenAuthenticationOptions.DefaultInvalidTokenCacheDuration);
        var later = await app.GetAsync("/me", ("X-Auth-Token", unknown));

        Assert.That(new[] { first.StatusCode, second.StatusCode, later.StatusCode }, Has.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_wazo.Lookups, Is.EqualTo(2));
    }

    [Test]
    public async Task With_no_invalid_token_cache_each_request_asks_once()
    {
        var app = await StartAsync(o => o.InvalidTokenCacheDuration = TimeSpan.Zero);
        var unknown = Guid.NewGuid().ToString();

        var first = await app.GetAsync("/me", ("X-Auth-Token", unknown));
        Assert.That(_wazo.Lookups, Is.EqualTo(1));
        var second = await app.GetAsync("/me", ("X-Auth-Token", unknown));

        Assert.That(new[] { first.StatusCode, second.StatusCode }, Has.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_wazo.Lookups, Is.EqualTo(2));
    }

    [Test]
    public async Task A_valid_token_is_validated_once_until_it_expires()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(_time.GetUtcNow().AddSeconds(90), "#");

        for (var i = 0; i < 5; i++)
        {
            Assert.That((await app.GetAsync("/me", ("X-Auth-Token", token))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(_wazo.Lookups, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromSeconds(90));
        var afterExpiry = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(afterExpiry.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "wazo-auth is asked again and refuses the expired token");
        Assert.That(_wazo.Lookups, Is.EqualTo(2));
    }

    [Test]
    public async Task A_long_lived_token_is_validated_again_after_the_maximum_cache_duration()
    {
        var app = await StartAsync(o => o.MaxCacheDuration = TimeSpan.FromMinutes(1));
        var token = _wazo.Issue(InAnHour, "#");

        await app.GetAsync("/me", ("X-Auth-Token", token));
        _time.Advance(TimeSpan.FromSeconds(59));
        await app.GetAsync("/me", ("X-Auth-Token", token));
        Assert.That(_wazo.Lookups, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_wazo.Lookups, Is.EqualTo(2));
    }

    [Test]
    public async Task A_token_wazo_auth_accepts_is_valid_though_its_expiry_is_past_on_the_local_clock()
    {
        var app = await StartAsync();
        // wazo-auth's clock is 30 s behind the application's: a token it holds valid 20 s more expired 10 s ago here.
        _wazo.ClockOffset = TimeSpan.FromSeconds(-30);
        var token = _wazo.Issue(_wazo.Now.AddSeconds(20), "#");

        var concurrent = await SendAtOnceAsync(app, token);
        var lookups = _wazo.Lookups;
        var later = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(concurrent.Append(later).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_wazo.Lookups, Is.EqualTo(lookups + 1), "not kept: a later request asks wazo-auth again");
    }

    [Test]
    public async Task A_token_is_kept_for_the_lifetime_wazo_auth_gives_it_even_when_wazo_auth_s_clock_is_ahead()
    {
        var app = await StartAsync();
        // wazo-auth's clock is an hour ahead of the application's: it has just issued a token for 90 s.
        _wazo.ClockOffset = TimeSpan.FromHours(1);
        var token = _wazo.IssueAt(_wazo.Now, _wazo.Now.AddSeconds(90), "#");

        await app.GetAsync("/me", ("X-Auth-Token", token));
        _time.Advance(TimeSpan.FromSeconds(89));
        await app.GetAsync("/me", ("X-Auth-Token", token));
        Assert.That(_wazo.Lookups, Is.EqualTo(1), "kept for 90 s");
        _time.Advance(TimeSpan.FromSeconds(1));
        var afterLifetime = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(afterLifetime.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "wazo-auth is asked again and refuses the expired token");
        Assert.That(_wazo.Lookups, Is.EqualTo(2), "asked once the 90 s are over, not after the 5 minutes the local clock allows");
    }

    [Test]
    public async Task Concurrent_first_requests_with_one_token_make_one_lookup()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "#");

        var responses = await SendAtOnceAsync(app, token);

        Assert.That(responses.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_wazo.Lookups, Is.EqualTo(1));
    }

    [Test]
    public async Task The_wazo_tenant_header_is_checked_by_wazo_auth_and_becomes_the_tenant_claim()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "#");

        var sub = await app.GetAsync("/me", ("X-Auth-Token", token), ("Wazo-Tenant", FakeWazoAuth.SubTenantUuid));
        var foreign = await app.GetAsync("/me", ("X-Auth-Token", token), ("Wazo-Tenant", Guid.NewGuid().ToString()));

        Assert.That(sub.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var claims = await sub.ReadClaimsAsync();
        Assert.That(claims[AuthClaimTypes.WazoTenantUuid], Is.EqualTo(new[] { FakeWazoAuth.SubTenantUuid }));
        Assert.That(claims[AuthClaimTypes.WazoUserTenantUuid], Is.EqualTo(new[] { FakeWazoAuth.TenantUuid }));
        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_wazo.TenantsAsked, Has.Count.EqualTo(2).And.Contains(FakeWazoAuth.SubTenantUuid));
    }

    [TestCase(503)]
    [TestCase(500)]
    [TestCase(0, Description = "a broken connection")]
    public async Task When_wazo_auth_cannot_answer_the_request_gets_503_and_nothing_is_remembered(int failure)
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "#");
        _wazo.Failure = failure == 0 ? null : (HttpStatusCode)failure;
        _wazo.ConnectionBroken = failure == 0;

        var down = await app.GetAsync("/me", ("X-Auth-Token", token));
        var stillDown = await app.GetAsync("/me", ("X-Auth-Token", token));
        _wazo.Failure = null;
        _wazo.ConnectionBroken = false;
        var up = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(stillDown.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(up.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_wazo.Lookups, Is.EqualTo(3));
    }

    [Test]
    public async Task The_authentication_result_never_shows_the_token()
    {
        var app = await StartAsync();
        var token = Guid.NewGuid().ToString();
        _wazo.Failure = HttpStatusCode.ServiceUnavailable;

        using var scope = app.Services.CreateScope();
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers["X-Auth-Token"] = token;
        var result = await context.AuthenticateAsync(WazoAuthenticationDefaults.AuthenticationScheme);

        Assert.That(result.Failure, Is.Not.Null);
        Assert.That(result.Failure!.Message, Does.Not.Contain(token).And.Contain("***"));
    }

    /// <summary>Sends 50 requests with <paramref name="token"/> while wazo-auth holds its answers, then lets it answer.</summary>
    private async Task<HttpResponseMessage[]> SendAtOnceAsync(TestApp app, string token)
    {
        _wazo.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, 50).Select(_ => app.GetAsync("/me", ("X-Auth-Token", token))).ToArray();
        await Task.Delay(100);
        _wazo.Gate.SetResult();
        return await Task.WhenAll(requests);
    }

    private Task<TestApp> StartAsync(Action<WazoAuthenticationOptions>? configure = null) =>
        StartAppAsync(
            services =>
            {
                _wazo.AddClient(services);
                services.AddAuthentication(WazoAuthenticationDefaults.AuthenticationScheme).AddWazoAuth(configure);
                services.AddAuthorization();
                services.AddSingleton<TimeProvider>(_time);
            },
            app => app.MapClaims());
}
