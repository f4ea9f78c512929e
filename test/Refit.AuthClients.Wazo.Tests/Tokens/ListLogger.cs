using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.Wazo.Tests.Tokens;

/// <summary>Keeps every line logged, to wait for background work and to check what is (never) written.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(int EventId, string Message)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((eventId.Id, formatter(state, exception)));
}
