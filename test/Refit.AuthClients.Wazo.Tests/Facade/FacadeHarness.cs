using Refit.AuthClients.Wazo.Options;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>The registered client with a tenant and credentials of its own, and the facade over it.</summary>
internal static class FacadeHarness
{
    /// <summary>The client's own tenant.</summary>
    public const string ClientTenant = TenantUuid;

    /// <summary>The tenant calls name when they name one.</summary>
    public const string CallTenant = SubTenantUuid;

    public static FacadeHarnessScope Create(Action<WazoAuthClientOptions>? configure = null)
    {
        var harness = new WazoHarness(o =>
        {
            o.Tenant = ClientTenant;
            o.Username = "alice";
            o.Password = "alice";
            configure?.Invoke(o);
        });
        return new FacadeHarnessScope(harness);
    }
}

/// <summary>A harness and its facade.</summary>
internal sealed class FacadeHarnessScope(WazoHarness harness) : IDisposable
{
    public WazoHarness Harness { get; } = harness;

    public IWazoAuthClient Client { get; } = harness.Api<IWazoAuthClient>();

    public MockHttpMessageHandler Mock => Harness.Mock;

    public MockedRequest Expect(HttpMethod method, string path) => Harness.Expect(method, path);

    public void Dispose() => Harness.Dispose();
}
