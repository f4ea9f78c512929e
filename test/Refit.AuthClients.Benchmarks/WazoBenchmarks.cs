using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Wazo;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;

namespace Refit.AuthClients.Benchmarks;

/// <summary>A wazo-auth call; the facade comes from <c>AddWazoAuthClient</c>, the bare Refit interface is <typeparamref name="TApi"/>.</summary>
public abstract class WazoBenchmark<TApi> : CallBenchmark
    where TApi : class
{
    protected IWazoAuthClient Facade { get; private set; } = null!;

    protected TApi Api { get; private set; } = null!;

    protected override string RawBasePath => Payloads.WazoPrefix.TrimStart('/') + "/";

    protected override string RefitBasePath => RawBasePath;

    protected override void Register(IServiceCollection services, Uri server) =>
        services.AddWazoAuthClient(options =>
        {
            options.BaseUri = new Uri(server, RawBasePath);
            Configure(options);
        });

    protected override void Resolve(IServiceProvider services)
    {
        Facade = services.GetRequiredService<IWazoAuthClient>();
        Api = RestService.For<TApi>(RefitHttp, Transport.RefitSettings);
    }
}

/// <summary><c>Token.GetAsync</c>: <c>GET /token/{token}</c>, a token document.</summary>
public class WazoTokenGet : WazoBenchmark<IWazoTokenApi>
{
    protected override async Task<object?> CallRawAsync()
    {
        using var response = await Raw.GetAsync("token/" + Payloads.Token, HttpCompletionOption.ResponseHeadersRead);
        return (await ReadJsonAsync(response, BenchmarkJsonContext.Default.WazoTokenResponse))?.Data?.Token;
    }

    protected override async Task<object?> CallRefitAsync() => (await Api.GetAsync(Payloads.Token)).Data?.Token;

    protected override async Task<object?> CallFacadeAsync() => (await Facade.Token.GetAsync(Payloads.Token)).Token;
}

/// <summary><c>Token.IsValidAsync</c>: <c>HEAD /token/{token}</c>, no body.</summary>
public class WazoTokenIsValid : WazoBenchmark<IWazoTokenApi>
{
    protected override async Task<object?> CallRawAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "token/" + Payloads.Token);
        using var response = await Raw.SendAsync(request);
        return response.IsSuccessStatusCode;
    }

    protected override async Task<object?> CallRefitAsync()
    {
        await Api.CheckAsync(Payloads.Token);
        return true;
    }

    protected override async Task<object?> CallFacadeAsync() => await Facade.Token.IsValidAsync(Payloads.Token);
}

/// <summary><c>Users.ListAsync</c>: <c>GET /users</c>, a list of five users.</summary>
public class WazoUsersList : WazoBenchmark<IWazoUserApi>
{
    protected override async Task<object?> CallRawAsync()
    {
        using var response = await Raw.GetAsync("users", HttpCompletionOption.ResponseHeadersRead);
        return (await ReadJsonAsync(response, BenchmarkJsonContext.Default.WazoListWazoUser))?.Items.Count;
    }

    protected override async Task<object?> CallRefitAsync() => (await Api.ListAsync()).Items.Count;

    protected override async Task<object?> CallFacadeAsync() => (await Facade.Users.ListAsync()).Items.Count;
}
