using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.AspNetCore.Tests.Support;

namespace Refit.AuthClients.AspNetCore.Tests;

public sealed class AstakosAuthenticationTests : HostTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly FakeAstakos _astakos;

    public AstakosAuthenticationTests()
    {
        _astakos = Own(new FakeAstakos());
    }

    private DateTimeOffset InAnHour => _time.GetUtcNow().AddHours(1);

    [Test]
    public async Task A_valid_token_authenticates_with_uuid_name_roles_and_projects()
    {
        var app = await StartAsync();
        var token = _astakos.Issue(InAnHour);

        var response = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var claims = await response.ReadClaimsAsync();
        Assert.That(claims[AuthClaimTypes.AstakosUuid], Is.EqualTo(new[] { FakeAstakos.Uuid }));
        Assert.That(claims[ClaimTypes.NameIdentifier], Is.EqualTo(new[] { FakeAstakos.Uuid }));
        Assert.That(claims[AuthClaimTypes.AstakosDisplayName], Is.EqualTo(new[] { "Example User One" }));
        Assert.That(claims[AuthClaimTypes.AstakosRole], Is.EqualTo(new[] { "default", "academic-login-users" }));
        Assert.That(claims[AuthClaimTypes.AstakosProject], Is.EqualTo(new[] { "p-1", "p-2" }));
    }

    [Test]
    public async Task Roles_work_with_role_authorization()
    {
        var app = await StartAsync();
        var token = _astakos.Issue(InAnHour);

        var member = await app.GetAsync("/academics", ("X-Auth-Token", token));
        var admin = await app.GetAsync("/admins", ("X-Auth-Token", token));

        Assert.That(member.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_astakos_cookie_carries_the_token_url_encoded()
    {
        var app = await StartAsync();
        var token = _astakos.Issue(InAnHour);

        var response = await app.GetAsync("/me", ("Cookie", "_pithos2_a=" + Uri.EscapeDataString($"{FakeAstakos.Uuid}|{token}")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("tok\r\nX-Evil: 1")]
    [TestCase("tok en")]
    [TestCase("tökën")]
    public async Task A_cookie_token_that_cannot_be_sent_on_is_401_without_asking_astakos(string token)
    {
        var app = await StartAsync();

        var response = await app.GetAsync("/me", ("Cookie", "_pithos2_a=" + Uri.EscapeDataString($"{FakeAstakos.Uuid}|{token}")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_astakos.Authentications, Is.Zero);
    }

    [Test]
    public async Task The_cookie_name_can_be_changed_or_the_cookie_ignored()
    {
        var app = await StartAsync(o => o.CookieName = "astakos_auth");
        var token = _astakos.Issue(InAnHour);
        var value = Uri.EscapeDataString($"{FakeAstakos.Uuid}|{token}");

        var renamed = await app.GetAsync("/me", ("Cookie", "astakos_auth=" + value));
        var former = await app.GetAsync("/me", ("Cookie", "_pithos2_a=" + value));

        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(former.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_invalid_token_is_401_and_remembered_briefly()
    {
        var app = await StartAsync();

        var first = await app.GetAsync("/me", ("X-Auth-Token", "nope"));
        var second = await app.GetAsync("/me", ("X-Auth-Token", "nope"));
        _time.Advance(TimeSpan.FromSeconds(10));
        var later = await app.GetAsync("/me", ("X-Auth-Token", "nope"));

        Assert.That(new[] { first.StatusCode, second.StatusCode, later.StatusCode }, Has.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_astakos.Authentications, Is.EqualTo(2));
    }

    [Test]
    public async Task A_valid_token_is_authenticated_once_until_it_expires()
    {
        var app = await StartAsync();
        var token = _astakos.Issue(_time.GetUtcNow().AddMinutes(2));

        await app.GetAsync("/me", ("X-Auth-Token", token));
        await app.GetAsync("/me", ("X-Auth-Token", token));
        Assert.That(_astakos.Authentications, Is.EqualTo(1));
        _time.Advance(TimeSpan.FromMinutes(2));
        await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(_astakos.Authentications, Is.EqualTo(2));
    }

    [Test]
    public async Task A_token_astakos_accepts_is_valid_though_its_expiry_is_past_on_the_local_clock()
    {
        var app = await StartAsync();
        // Astakos's clock is behind the application's: the expiry it reports has already passed here, not there.
        var token = _astakos.Issue(_time.GetUtcNow().AddSeconds(-10));

        var first = await app.GetAsync("/me", ("X-Auth-Token", token));
        var second = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(new[] { first.StatusCode, second.StatusCode }, Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_astakos.Authentications, Is.EqualTo(2), "not kept: each request asks Astakos again");
    }

    [Test]
    public async Task Concurrent_first_requests_with_one_token_make_one_authentication()
    {
        var app = await StartAsync();
        var token = _astakos.Issue(InAnHour);
        _astakos.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var requests = Enumerable.Range(0, 50).Select(_ => app.GetAsync("/me", ("X-Auth-Token", token))).ToArray();
        await Task.Delay(100);
        _astakos.Gate.SetResult();
        var responses = await Task.WhenAll(requests);

        Assert.That(responses.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_astakos.Authentications, Is.EqualTo(1));
    }

    [Test]
    public async Task When_astakos_fails_the_request_gets_503_and_nothing_is_remembered()
    {
        var app = await StartAsync();
        var token = _astakos.Issue(InAnHour);
        _astakos.Failure = HttpStatusCode.ServiceUnavailable;

        var down = await app.GetAsync("/me", ("X-Auth-Token", token));
        _astakos.Failure = null;
        var up = await app.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(up.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private Task<TestApp> StartAsync(Action<AstakosAuthenticationOptions>? configure = null) =>
        StartAppAsync(
            services =>
            {
                _astakos.AddClient(services);
                services.AddAuthentication(AstakosAuthenticationDefaults.AuthenticationScheme).AddAstakosAuth(configure);
                services.AddAuthorization();
                services.AddSingleton<TimeProvider>(_time);
            },
            app =>
            {
                app.MapClaims();
                app.MapGet("/academics", () => "ok").RequireAuthorization(p => p.RequireRole("academic-login-users"));
                app.MapGet("/admins", () => "ok").RequireAuthorization(p => p.RequireRole("admins"));
            });
}
