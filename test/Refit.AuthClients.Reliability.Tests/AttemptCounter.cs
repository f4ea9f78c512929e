using System.Collections.Concurrent;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// Counts the attempts the client makes per path, just above the socket handler: it sees the attempts the server
/// never receives (a refused connection).
/// </summary>
public sealed class AttemptCounter
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    /// <summary>Attempts on <paramref name="path"/>.</summary>
    public int On(string path) => _attempts.TryGetValue(path, out var n) ? n : 0;

    /// <summary>A handler counting into this counter; the factory asks for a new one per pipeline.</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private sealed class CountingHandler(AttemptCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter._attempts.AddOrUpdate(request.RequestUri?.AbsolutePath ?? "/", 1, (_, n) => n + 1);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
