using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Options;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// The three variants of one call, against one in-process server: (a) a hand-written <see cref="HttpClient"/> call
/// with source-generated JSON (the baseline), (b) the bare Refit interface, (c) the facade resolved from DI with
/// every handler of the SDK.
/// </summary>
[MemoryDiagnoser]
public abstract class CallBenchmark
{
    private BenchmarkServer _server = null!;
    private ServiceProvider _provider = null!;

    /// <summary>The client of the hand-written call, based at the service's API root.</summary>
    protected HttpClient Raw { get; private set; } = null!;

    /// <summary>The client of the bare Refit interface, based where the interface's paths start.</summary>
    protected HttpClient RefitHttp { get; private set; } = null!;

    /// <summary>Every benchmarked call: the concrete subclasses.</summary>
    public static IEnumerable<Type> Types() =>
        typeof(CallBenchmark).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CallBenchmark)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The retries the facades are configured with, as the client docs recommend.</summary>
    public const int Retries = 2;

    /// <summary>The options every facade of the benchmarks shares: the token, and retries on.</summary>
    public static void Configure(AuthClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Token = Payloads.Token;
        options.Retry = Retries;
    }

    [GlobalSetup]
    public async Task StartAsync()
    {
        _server = await BenchmarkServer.StartAsync();
        Raw = Transport.CreateClient(new Uri(_server.Address, RawBasePath));
        RefitHttp = Transport.CreateClient(new Uri(_server.Address, RefitBasePath));
        var services = new ServiceCollection();
        // Logging as an application has it, with no provider listening: the loggers' cost without the I/O.
        services.AddLogging();
        Register(services, _server.Address);
        _provider = services.BuildServiceProvider();
        Resolve(_provider);
        // The first calls pay for connections, discovery and JIT: outside the measurement.
        await Task.WhenAll(CallRawAsync(), CallRefitAsync(), CallFacadeAsync());
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        Raw.Dispose();
        RefitHttp.Dispose();
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = Variants.Raw)]
    public Task<object?> RawHttpClient() => CallRawAsync();

    [Benchmark(Description = Variants.Refit)]
    public Task<object?> RefitInterface() => CallRefitAsync();

    [Benchmark(Description = Variants.Facade)]
    public Task<object?> FacadeViaDi() => CallFacadeAsync();

    /// <summary>The path, relative to the server root, the hand-written call's relative URIs start from.</summary>
    protected abstract string RawBasePath { get; }

    /// <summary>The path, relative to the server root, the Refit interface's paths start from.</summary>
    protected abstract string RefitBasePath { get; }

    /// <summary>Registers the client with its DI extension, pointed at the server.</summary>
    protected abstract void Register(IServiceCollection services, Uri server);

    /// <summary>Resolves the facade and builds the bare Refit interface.</summary>
    protected abstract void Resolve(IServiceProvider services);

    /// <summary>(a) The hand-written call.</summary>
    protected abstract Task<object?> CallRawAsync();

    /// <summary>(b) The bare Refit interface.</summary>
    protected abstract Task<object?> CallRefitAsync();

    /// <summary>(c) The facade through DI, every handler included.</summary>
    protected abstract Task<object?> CallFacadeAsync();

    /// <summary>Reads a JSON answer as a careful hand-written call does: status checked, streamed, source-generated metadata.</summary>
    protected static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync();
        await using (stream)
        {
            return await JsonSerializer.DeserializeAsync(stream, typeInfo);
        }
    }
}
