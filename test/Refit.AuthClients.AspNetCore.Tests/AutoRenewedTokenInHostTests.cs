using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.AspNetCore.Tests.Support;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Tests.Tokens;
using Refit.AuthClients.Wazo.Tokens;

namespace Refit.AuthClients.AspNetCore.Tests;

/// <summary>A service that calls wazo with its own self-renewing token, under load, in a real host.</summary>
public sealed class AutoRenewedTokenInHostTests : HostTest
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MockHttpMessageHandler _mock;
    private readonly TokenIssuingServer _server;

    public AutoRenewedTokenInHostTests()
    {
        _mock = Own(new MockHttpMessageHandler());
        _server = new TokenIssuingServer(_time, TimeSpan.FromSeconds(300));
        _server.Serve(_mock, FakeWazoAuth.BaseUrl);
    }

    [Test]
    public async Task A_thousand_parallel_requests_across_the_token_expiry_cause_one_renewal_and_no_failure()
    {
        var app = await StartAsync();
        Assert.That((await app.GetAsync("/profile")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _time.Advance(TimeSpan.FromSeconds(250));

        var requests = Enumerable.Range(0, 1000).Select(_ => Task.Run(() => app.GetAsync("/profile"))).ToArray();
        for (var step = 0; step < 12; step++)
        {
            // From before the renewal point (270 s) to past the expiry (300 s) while the requests run.
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(2);
        }

        var responses = await Task.WhenAll(requests);

        Assert.That(responses.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_server.Creates, Is.EqualTo(2));
    }

    [Test]
    public async Task A_revoked_service_token_is_renewed_and_the_request_still_succeeds()
    {
        var app = await StartAsync();
        await app.GetAsync("/profile");
        _time.Advance(TimeSpan.FromMinutes(1));
        _server.Invalidate("token-1");

        var response = await app.GetAsync("/profile");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("foobar"));
        Assert.That(_server.TokensServed, Is.EqualTo(new[] { "token-1", "token-1", "token-2" }));
        Assert.That(_server.Creates, Is.EqualTo(2));
    }

    private Task<TestApp> StartAsync() =>
        StartAppAsync(
            services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddWazoAuthClient(o =>
                    {
                        o.Host = FakeWazoAuth.Host;
                        o.Username = "svc";
                        o.Password = "s3cr3t";
                    })
                    .WithAutoRenewedToken()
                    .ConfigurePrimaryHttpMessageHandler(() => _mock);
                services.AddAuthentication();
                services.AddAuthorization();
            },
            app => app.MapGet("/profile", async (IWazoUserApi users) => (await users.GetAsync(FakeWazoAuth.AuthId)).Username));
}
