using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// One client registered through its DI extension, with every SDK handler, a recording logger and an attempt
/// counter, running the matrix's operations against a server.
/// </summary>
public abstract class ClientUnderTest : IAsyncDisposable
{
    private ServiceProvider? _provider;

    /// <summary>Every log line of the container.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>The attempts the client made, per path.</summary>
    public AttemptCounter Attempts { get; } = new();

    /// <summary>The client's name in the matrix table.</summary>
    public abstract string Name { get; }

    /// <summary>The facade, as resolved from the container.</summary>
    public abstract object Facade { get; }

    /// <summary>The facade's public interface.</summary>
    public abstract Type FacadeType { get; }

    /// <summary>The path the server receives <paramref name="operation"/> on.</summary>
    public abstract string PathOf(Operation operation);

    /// <summary>The operation's call, for the matrix table.</summary>
    public abstract string Describe(Operation operation);

    /// <summary>The path of a request the client sends before <paramref name="operation"/> (service discovery), if any.</summary>
    public virtual string? PrerequisitePathOf(Operation operation) => null;

    /// <summary>The exact exception type the client throws for <paramref name="outcome"/>.</summary>
    public abstract Type ExceptionTypeOf(Outcome outcome);

    /// <summary>Header lines (<c>name: value</c>) the server must receive with <paramref name="operation"/>: the secret really travels.</summary>
    public abstract IReadOnlyList<string> SecretHeadersOf(Operation operation);

    /// <summary>Sends what <paramref name="operation"/> needs first (service discovery), if anything.</summary>
    public virtual Task PrepareAsync(Operation operation, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Runs <paramref name="operation"/> and checks its result when it succeeds.</summary>
    public abstract Task RunAsync(Operation operation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes call number <paramref name="index"/> of a concurrent run, whose answer echoes what was asked, and tells
    /// whether the answer is the one to this very request.
    /// </summary>
    public abstract Task<bool> EchoAsync(int index);

    /// <summary>Requests a run of echo calls sends once, before or besides the calls (service discovery).</summary>
    public virtual int EchoSetupRequests => 0;

    /// <summary>The services of the container, once built.</summary>
    protected IServiceProvider Services => _provider ?? throw new InvalidOperationException("Not built.");

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Builds the container after <paramref name="register"/> added the client (and returned its HTTP builder), with
    /// the attempt counter above the socket handler.
    /// </summary>
    protected void Build(Func<IServiceCollection, IHttpClientBuilder> register, ClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(settings);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        register(services).AddHttpMessageHandler(Attempts.CreateHandler);
        _provider = services.BuildServiceProvider(validateScopes: true);
    }
}
