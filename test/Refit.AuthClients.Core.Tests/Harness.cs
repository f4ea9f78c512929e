using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Tests;

/// <summary>A DI container with the test service registered over a MockHttp primary handler.</summary>
internal sealed class Harness : IDisposable
{
    public Harness(Action<TestOptions>? configure = null, ITokenSource? tokenSource = null, HttpMessageHandler? primary = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.Configure<TestOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(o);
        });
        var builder = services.AddAuthHttpClient<TestOptions>(
            TestService.Description,
            o => o.BaseAddress,
            apis => apis.Add<ITestApi>(),
            tokenSource is null ? null : _ => tokenSource);
        builder.ConfigurePrimaryHttpMessageHandler(() => primary ?? Mock);
        Provider = services.BuildServiceProvider(validateScopes: true);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public ServiceProvider Provider { get; }

    public ITestApi Api => Provider.GetRequiredService<ITestApi>();

    public void Dispose()
    {
        Provider.Dispose();
        Mock.Dispose();
    }
}
