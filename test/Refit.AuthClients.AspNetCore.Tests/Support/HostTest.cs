using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.AspNetCore.Tests.Support;

/// <summary>A fixture that starts test hosts and fakes, all disposed after each test.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public abstract class HostTest : IAsyncDisposable
{
    private readonly List<TestApp> _apps = [];
    private readonly List<IDisposable> _owned = [];

    [TearDown]
    public Task TearDownAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        _apps.Clear();
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes <paramref name="resource"/> after the test.</summary>
    internal T Own<T>(T resource)
        where T : IDisposable
    {
        _owned.Add(resource);
        return resource;
    }

    internal async Task<TestApp> StartAppAsync(Action<IServiceCollection> configureServices, Action<WebApplication> mapEndpoints)
    {
        var app = await TestApp.StartAsync(configureServices, mapEndpoints);
        _apps.Add(app);
        return app;
    }
}
