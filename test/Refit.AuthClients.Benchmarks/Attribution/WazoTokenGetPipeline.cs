using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Refit.AuthClients.Http;
using Refit.AuthClients.Retry;
using Refit.AuthClients.Serialization;
using Refit.AuthClients.Tokens;
using Refit.AuthClients.Wazo;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Benchmarks.Attribution;

/// <summary>
/// Where the facade's cost goes: <c>Token.GetAsync</c> through the SDK's pipeline built up one handler at a time
/// (the public Core handlers, in the order the registration stacks them), then the Refit interface and the facade
/// from DI. Run on demand: <c>--filter *Attribution*</c>.
/// </summary>
[MemoryDiagnoser]
public class WazoTokenGetPipeline
{
    private readonly List<HttpClient> _clients = [];
    private BenchmarkServer _server = null!;
    private ServiceProvider _provider = null!;
    private HttpClient _raw = null!;
    private IWazoTokenApi _bare = null!;
    private IWazoTokenApi _sdkSettings = null!;
    private IWazoTokenApi _buffering = null!;
    private IWazoTokenApi _token = null!;
    private IWazoTokenApi _retry = null!;
    private IWazoTokenApi _timeout = null!;
    private IWazoTokenApi _errors = null!;
    private IWazoTokenApi _fromDi = null!;
    private IWazoAuthClient _facade = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _server = await BenchmarkServer.StartAsync();
        var baseAddress = new Uri(_server.Address, Payloads.WazoPrefix.TrimStart('/') + "/");
        _raw = Transport.CreateClient(baseAddress);
        var sdkSettings = AuthRefitSettings.Create(BenchmarkJsonContext.Default, new WazoAuthErrorMapper());
        var tokens = new StaticTokenSource(Payloads.Token);
        var retries = new TransientRetryPolicy(CallBenchmark.Retries, new RetryDelays(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30)));
        Func<DelegatingHandler>[] pipeline =
        [
            () => new ErrorMappingHandler(new WazoAuthErrorMapper()),
            () => new RequestTimeoutHandler(TimeSpan.FromSeconds(10)),
            () => new PolicyHttpMessageHandler(retries.For),
            () => new TokenRenewalHandler(tokens),
            () => new TokenInjectionHandler(tokens),
            () => new ResponseBufferingHandler(Options.AuthClientOptions.DefaultMaxResponseSize),
        ];

        _bare = Api(baseAddress, Transport.RefitSettings, withToken: true);
        _sdkSettings = Api(baseAddress, sdkSettings, withToken: true);
        _buffering = Api(baseAddress, sdkSettings, withToken: true, pipeline[5..]);
        _token = Api(baseAddress, sdkSettings, withToken: false, pipeline[3..]);
        _retry = Api(baseAddress, sdkSettings, withToken: false, pipeline[2..]);
        _timeout = Api(baseAddress, sdkSettings, withToken: false, pipeline[1..]);
        _errors = Api(baseAddress, sdkSettings, withToken: false, pipeline);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWazoAuthClient(options =>
        {
            options.BaseUri = baseAddress;
            CallBenchmark.Configure(options);
        });
        _provider = services.BuildServiceProvider();
        _fromDi = _provider.GetRequiredService<IWazoTokenApi>();
        _facade = _provider.GetRequiredService<IWazoAuthClient>();
        await Raw();
        foreach (var variant in new[] { _bare, _sdkSettings, _buffering, _token, _retry, _timeout, _errors, _fromDi })
        {
            await variant.GetAsync(Payloads.Token);
        }

        await Facade();
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _raw.Dispose();
        _clients.ForEach(c => c.Dispose());
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = Variants.Raw)]
    public async Task<object?> Raw()
    {
        using var response = await _raw.GetAsync("token/" + Payloads.Token, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync();
        await using (stream)
        {
            return (await System.Text.Json.JsonSerializer.DeserializeAsync(stream, BenchmarkJsonContext.Default.WazoTokenResponse))?.Data?.Token;
        }
    }

    [Benchmark(Description = "1 Refit, bare")]
    public Task<object?> Bare() => Get(_bare);

    [Benchmark(Description = "2 + SDK Refit settings")]
    public Task<object?> SdkSettings() => Get(_sdkSettings);

    [Benchmark(Description = "3 + response buffering")]
    public Task<object?> Buffering() => Get(_buffering);

    [Benchmark(Description = "4 + token injection, renewal")]
    public Task<object?> Token() => Get(_token);

    [Benchmark(Description = "5 + Polly retry policy")]
    public Task<object?> Retry() => Get(_retry);

    [Benchmark(Description = "6 + timeout")]
    public Task<object?> Timeout() => Get(_timeout);

    [Benchmark(Description = "7 + error mapping")]
    public Task<object?> Errors() => Get(_errors);

    [Benchmark(Description = "8 Refit from DI (+ logging, factory)")]
    public Task<object?> FromDi() => Get(_fromDi);

    [Benchmark(Description = Variants.Facade)]
    public async Task<object?> Facade() => (await _facade.Token.GetAsync(Payloads.Token)).Token;

    private static async Task<object?> Get(IWazoTokenApi api) => (await api.GetAsync(Payloads.Token)).Data?.Token;

    private IWazoTokenApi Api(Uri baseAddress, RefitSettings settings, bool withToken, params Func<DelegatingHandler>[] handlers)
    {
        HttpMessageHandler pipeline = Http.PrimaryHandlerFactory.Create(new Wazo.Options.WazoAuthClientOptions());
        foreach (var create in handlers.Reverse())
        {
            var handler = create();
            handler.InnerHandler = pipeline;
            pipeline = handler;
        }

        var client = new HttpClient(pipeline) { BaseAddress = baseAddress, Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        if (withToken)
        {
            client.DefaultRequestHeaders.Add(AuthHeaderNames.AuthToken, Payloads.Token);
        }

        _clients.Add(client);
        return RestService.For<IWazoTokenApi>(client, settings);
    }
}
