using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>The observers told of each new token. A failing observer is reported and skipped, never fatal.</summary>
internal sealed class TokenSubscribers
{
    private readonly object _gate = new();
    private readonly object _publishing = new();
    private readonly Action<Exception> _onObserverFailure;
    private IObserver<WazoToken>[] _observers = [];

    public TokenSubscribers(Action<Exception> onObserverFailure) => _onObserverFailure = onObserverFailure;

    /// <summary>
    /// Adds <paramref name="observer"/> and tells it of the token <paramref name="current"/> gives, if any; the
    /// returned handle removes it.
    /// </summary>
    /// <remarks>Serialized with <see cref="Publish"/>, so an observer never sees an older token after a newer one.</remarks>
    public IDisposable Add(IObserver<WazoToken> observer, Func<WazoToken?> current)
    {
        lock (_publishing)
        {
            lock (_gate)
            {
                _observers = [.. _observers, observer];
            }

            if (current() is { } token)
            {
                Safely(() => observer.OnNext(token));
            }
        }

        return new Subscription(this, observer);
    }

    /// <summary>Tells every observer of <paramref name="token"/>.</summary>
    public void Publish(WazoToken token)
    {
        lock (_publishing)
        {
            foreach (var observer in Volatile.Read(ref _observers))
            {
                Safely(() => observer.OnNext(token));
            }
        }
    }

    /// <summary>Tells every observer that no token will follow, and forgets them.</summary>
    public void Complete()
    {
        IObserver<WazoToken>[] observers;
        lock (_gate)
        {
            observers = _observers;
            _observers = [];
        }

        foreach (var observer in observers)
        {
            Safely(observer.OnCompleted);
        }
    }

    private void Remove(IObserver<WazoToken> observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "An observer's failure must not stop the renewal nor the other observers.")]
    private void Safely(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            _onObserverFailure(ex);
        }
    }

    private sealed class Subscription(TokenSubscribers owner, IObserver<WazoToken> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(observer);
            }
        }
    }
}
