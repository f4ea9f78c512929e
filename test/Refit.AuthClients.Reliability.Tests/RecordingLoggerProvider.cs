using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// Records everything any logger of the container writes, at every level: the formatted line, every structured
/// value, every scope and the whole exception. A structured sink could print any of them.
/// </summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private static string Describe(object? state) => state switch
    {
        IEnumerable<KeyValuePair<string, object?>> values => string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")) + " " + state,
        _ => state?.ToString() ?? string.Empty,
    };

    private sealed class RecordingLogger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.Lines.Enqueue($"{category} scope: {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} | {Describe(state)} | {exception}");
    }
}
