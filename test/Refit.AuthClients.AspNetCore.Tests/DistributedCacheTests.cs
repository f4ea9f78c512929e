using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.AspNetCore.Tests.Support;

namespace Refit.AuthClients.AspNetCore.Tests;

/// <summary>Two instances behind a load balancer sharing a real Redis as HybridCache's second level.</summary>
public sealed class DistributedCacheTests : HostTest
{
    private readonly FakeWazoAuth _wazo;
    private readonly string _instanceName = $"refit-authclients-tests:{Guid.NewGuid():N}:";

    public DistributedCacheTests()
    {
        _wazo = Own(new FakeWazoAuth());
    }

    [Test]
    public async Task Two_instances_sharing_redis_validate_a_token_with_one_call_in_total()
    {
        await TestRedis.RequireAsync();
        var first = await StartAsync();
        var second = await StartAsync();
        var token = _wazo.Issue(DateTimeOffset.UtcNow.AddHours(1), "confd.#");

        var fromFirst = await first.GetAsync("/me", ("X-Auth-Token", token));
        await SharedAsync(first, token);
        var fromSecond = await second.GetAsync("/me", ("X-Auth-Token", token));

        Assert.That(fromFirst.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fromSecond.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await fromSecond.ReadClaimsAsync())[AuthClaimTypes.WazoAcl], Is.EqualTo(new[] { "confd.#" }));
        Assert.That(_wazo.Lookups, Is.EqualTo(1));
    }

    [Test]
    public async Task An_invalid_token_refused_on_one_instance_is_refused_on_the_other_without_a_call()
    {
        await TestRedis.RequireAsync();
        var first = await StartAsync();
        var second = await StartAsync();
        var unknown = Guid.NewGuid().ToString();

        var fromFirst = await first.GetAsync("/me", ("X-Auth-Token", unknown));
        await SharedAsync(first, unknown);
        var fromSecond = await second.GetAsync("/me", ("X-Auth-Token", unknown));

        Assert.That(fromFirst.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(fromSecond.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_wazo.Lookups, Is.EqualTo(1));
    }

    // HybridCache may write the second level after it has answered: the scenario goes on once the answer is shared.
    private static async Task SharedAsync(TestApp app, string token)
    {
        var redis = app.Services.GetRequiredService<IDistributedCache>();
        var key = TokenCacheKey.For(WazoAuthenticationDefaults.AuthenticationScheme, token, context: null);
        var shared = false;
        for (var wait = 0; wait < 250 && !(shared = await redis.GetAsync(key) is not null); wait++)
        {
            await Task.Delay(20);
        }

        Assert.That(shared, Is.True, "the first instance shares its answer through Redis");
    }

    // Each instance's Redis connection is opened before the scenario: HybridCache gives up a second-level write that
    // meets a connection still being opened, and the other instance would then rightly ask the service again.
    private async Task<TestApp> StartAsync()
    {
        var app = await StartInstanceAsync();
        await app.Services.GetRequiredService<IDistributedCache>().GetAsync("warm-up");
        return app;
    }

    private Task<TestApp> StartInstanceAsync() =>
        StartAppAsync(
            services =>
            {
                _wazo.AddClient(services);
                services.AddStackExchangeRedisCache(o =>
                {
                    o.Configuration = TestRedis.Configuration;
                    o.InstanceName = _instanceName;
                });
                services.AddAuthentication(WazoAuthenticationDefaults.AuthenticationScheme).AddWazoAuth();
                services.AddAuthorization();
            },
            app => app.MapClaims());
}
