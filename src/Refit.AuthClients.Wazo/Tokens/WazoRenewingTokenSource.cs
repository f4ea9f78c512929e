using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Retry;
using Refit.AuthClients.Tokens;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>
/// A wazo-auth token that keeps itself fresh: created on first use (login and password, or a refresh token), renewed
/// in the background shortly before it expires, and renewed at once when a service rejects it with <c>401</c>.
/// </summary>
/// <remarks>
/// <para>
/// Concurrent callers share one creation: however many requests arrive while the token is due, one
/// <c>POST /token</c> is sent. A failed creation is never kept: its callers get the typed error
/// (<see cref="Errors.WazoAuthException"/> and its subclasses) and the next caller tries again once a backoff
/// (<see cref="WazoTokenRenewalOptions.RetryBaseDelay"/>, doubling up to <see cref="WazoTokenRenewalOptions.MaxRetryDelay"/>)
/// has passed. While the old token is still valid, callers keep using it and never wait for a renewal.
/// </para>
/// <para>
/// Subscribers (<see cref="Subscribe(IObserver{WazoToken})"/>) are told of each new token. Neither the token nor the
/// credentials ever appear in <see cref="ToString"/> or in log lines.
/// </para>
/// </remarks>
public sealed partial class WazoRenewingTokenSource : IRenewableTokenSource, IObservable<WazoToken>, IAsyncDisposable, IDisposable
{
    /// <summary>The longest a timer accepts to wait: 0xfffffffe ms, about 49.7 days (a token may live 10 years).</summary>
    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly Func<IWazoTokenApi> _api;
    private readonly WazoTokenRenewalOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RetryDelays _retryDelays;
    private readonly TokenSubscribers _subscribers;
    private readonly AsyncLocal<bool> _ownCall = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly CancellationToken _disposingToken;
    private readonly ITimer _timer;
    private readonly object _gate = new();
    private TokenLease? _current;
    private Task<TokenLease>? _renewal;
    private int _failures;
    private DateTimeOffset _notBefore;
    private IWazoTokenApi? _lastApi;
    private int _disposed;

    /// <summary>Creates the source.</summary>
    /// <param name="api">The token API to create (and revoke) tokens with.</param>
    /// <param name="options">How to create the tokens.</param>
    /// <param name="timeProvider">The clock and timers; the system's when null.</param>
    /// <param name="logger">Where renewals and failures are reported (never the token).</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not valid.</exception>
    public WazoRenewingTokenSource(IWazoTokenApi api, WazoTokenRenewalOptions options, TimeProvider? timeProvider = null, ILogger<WazoRenewingTokenSource>? logger = null)
        : this(Constant(api), options, timeProvider, logger)
    {
    }

    /// <summary>Creates the source over an API resolved anew for each call (a typed client of the HTTP client factory).</summary>
    internal WazoRenewingTokenSource(Func<IWazoTokenApi> api, WazoTokenRenewalOptions options, TimeProvider? timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        options.Validate(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid {nameof(WazoTokenRenewalOptions)}: {string.Join(" ", errors)}", nameof(options));
        }

        _api = api;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _retryDelays = new RetryDelays(options.RetryBaseDelay, options.MaxRetryDelay);
        _subscribers = new TokenSubscribers(ex => LogObserverFailed(_logger, ex.GetType().Name, ex.Message));
        _disposingToken = _disposing.Token;
        using (ExecutionContext.SuppressFlow())
        {
            _timer = _time.CreateTimer(static state => ((WazoRenewingTokenSource)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The token currently handed out, as wazo-auth returned it; null before the first creation.</summary>
    public WazoToken? CurrentToken
    {
        get
        {
            lock (_gate)
            {
                return _current?.Token;
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="Errors.WazoAuthException">The token had to be created and its creation failed.</exception>
    /// <exception cref="ObjectDisposedException">The source is disposed.</exception>
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        // The source's own POST /token and DELETE /token go through the same client: they carry no token.
        if (_ownCall.Value)
        {
            return new ValueTask<string?>((string?)null);
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var now = _time.GetUtcNow();
        TaskCompletionSource<TokenLease>? started = null;
        Task<TokenLease>? pending = null;
        string? usable = null;
        lock (_gate)
        {
            if (_current is { } lease && lease.IsUsable(now))
            {
                usable = lease.Value;
                if (now >= lease.RenewAt)
                {
                    JoinOrStartLocked(ref started);
                }
            }
            else
            {
                pending = JoinOrStartLocked(ref started);
            }
        }

        Start(started);
        return pending is null ? new ValueTask<string?>(usable) : ValueOfAsync(pending, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A token younger than <see cref="WazoTokenRenewalOptions.RejectionCooldown"/> is kept: wazo services answer 401
    /// for a missing ACL too, and a new token would not help.
    /// </remarks>
    /// <exception cref="Errors.WazoAuthException">The renewal failed.</exception>
    public ValueTask RenewAsync(string rejectedToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(rejectedToken);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var now = _time.GetUtcNow();
        TaskCompletionSource<TokenLease>? started = null;
        Task<TokenLease>? pending = null;
        lock (_gate)
        {
            var rejectsCurrent = _current is { } lease && string.Equals(lease.Value, rejectedToken, StringComparison.Ordinal)
                                 && now - lease.ObtainedAt >= _options.RejectionCooldown;
            if (rejectsCurrent)
            {
                _current = _current! with { Rejected = true };
            }

            if (rejectsCurrent || _renewal is not null)
            {
                pending = JoinOrStartLocked(ref started);
            }
        }

        if (started is not null)
        {
            LogRejected(_logger);
        }

        Start(started);
        return pending is null ? ValueTask.CompletedTask : new ValueTask(pending.WaitAsync(cancellationToken));
    }

    /// <summary>
    /// Tells <paramref name="observer"/> of each new token, starting with the current one if there is a valid one.
    /// An observer that throws is logged and skipped. Observers complete when the source is disposed.
    /// </summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A handle that unsubscribes when disposed.</returns>
    public IDisposable Subscribe(IObserver<WazoToken> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _subscribers.Add(observer, () =>
        {
            lock (_gate)
            {
                return _current is { } lease && lease.IsUsable(_time.GetUtcNow()) ? lease.Token : null;
            }
        });
    }

    /// <summary>Calls <paramref name="onToken"/> with each new token, starting with the current one if there is a valid one.</summary>
    /// <param name="onToken">The callback (the reference client's token-change callback).</param>
    /// <returns>A handle that unsubscribes when disposed.</returns>
    public IDisposable Subscribe(Action<WazoToken> onToken)
    {
        ArgumentNullException.ThrowIfNull(onToken);
        return Subscribe(new ActionObserver(onToken));
    }

    /// <summary>
    /// Stops renewing, revokes the token when <see cref="WazoTokenRenewalOptions.RevokeOnDispose"/> is set (a failed
    /// revocation is logged, never thrown), and completes the subscribers.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _timer.Dispose();
        await _disposing.CancelAsync().ConfigureAwait(false);
        TokenLease? lease;
        lock (_gate)
        {
            lease = _current;
            _current = null;
        }

        if (_options.RevokeOnDispose && lease is not null && lease.IsUsable(_time.GetUtcNow()))
        {
            await RevokeAsync(lease.Value).ConfigureAwait(false);
        }

        _subscribers.Complete();
        _disposing.Dispose();
    }

    /// <summary>Like <see cref="DisposeAsync"/>, waiting for the revocation if there is one.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Describes the source without its token.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return _current is { } lease
                ? $"{nameof(WazoRenewingTokenSource)}(***, renews at {lease.RenewAt:O}, expires at {lease.ExpiresAt:O})"
                : $"{nameof(WazoRenewingTokenSource)}(none)";
        }
    }

    private static Func<IWazoTokenApi> Constant(IWazoTokenApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return () => api;
    }

    private static async ValueTask<string?> ValueOfAsync(Task<TokenLease> pending, CancellationToken cancellationToken) =>
        (await pending.WaitAsync(cancellationToken).ConfigureAwait(false)).Value;

    private Task<TokenLease> JoinOrStartLocked(ref TaskCompletionSource<TokenLease>? started)
    {
        if (_renewal is { } running)
        {
            return running;
        }

        started = new TaskCompletionSource<TokenLease>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A background renewal may fail with nobody waiting: its error is reported in the log, not left unobserved.
        _ = started.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _renewal = started.Task;
        return started.Task;
    }

    // The renewal serves every caller: it runs outside any caller's execution context and cancellation.
    private void Start(TaskCompletionSource<TokenLease>? started)
    {
        if (started is null)
        {
            return;
        }

        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunRenewalAsync(started));
        }
    }

    [SuppressMessage("Design", "CA1031", Justification = "Every failure is handed to the callers waiting for the renewal.")]
    private async Task RunRenewalAsync(TaskCompletionSource<TokenLease> completion)
    {
        TokenLease lease;
        try
        {
            await WaitForBackoffAsync().ConfigureAwait(false);
            lease = await CreateWithoutOwnTokenAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(completion, ex);
            return;
        }

        Succeed(completion, lease);
    }

    private async Task WaitForBackoffAsync()
    {
        TimeSpan wait;
        lock (_gate)
        {
            wait = _notBefore - _time.GetUtcNow();
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, _disposingToken).ConfigureAwait(false);
        }
    }

    private async Task<TokenLease> CreateWithoutOwnTokenAsync()
    {
        // Set in this method's own context: it flows into the request, not back to the caller.
        _ownCall.Value = true;
        var api = _api();
        var lease = await TokenCreation.CreateAsync(api, _options, _time, _disposingToken).ConfigureAwait(false);
        Volatile.Write(ref _lastApi, api);
        return lease;
    }

    private void Succeed(TaskCompletionSource<TokenLease> completion, TokenLease lease)
    {
        lock (_gate)
        {
            _renewal = null;
            if (Volatile.Read(ref _disposed) == 0)
            {
                _current = lease;
                _failures = 0;
                _notBefore = default;
            }
        }

        if (Volatile.Read(ref _disposed) != 0)
        {
            completion.TrySetException(new ObjectDisposedException(nameof(WazoRenewingTokenSource)));
            return;
        }

        try
        {
            Schedule(lease.RenewAt);
            LogCreated(_logger, lease.RenewAt, lease.ExpiresAt);
        }
        finally
        {
            // Whatever arming the timer or logging did, the callers waiting get the token and the subscribers hear of it.
            completion.TrySetResult(lease);
            _subscribers.Publish(lease.Token);
        }
    }

    private void Fail(TaskCompletionSource<TokenLease> completion, Exception failure)
    {
        var now = _time.GetUtcNow();
        int attempt;
        TimeSpan delay;
        bool retryInBackground;
        lock (_gate)
        {
            _renewal = null;
            attempt = ++_failures;
            delay = _retryDelays.For(attempt, null);
            _notBefore = now + delay;
            retryInBackground = _current is { } lease && lease.IsUsable(now);
        }

        if (Volatile.Read(ref _disposed) != 0)
        {
            completion.TrySetException(new ObjectDisposedException(nameof(WazoRenewingTokenSource), failure));
            return;
        }

        try
        {
            LogFailed(_logger, attempt, failure.GetType().Name, failure.Message, delay.TotalSeconds);
            if (retryInBackground)
            {
                Schedule(now + delay);
            }
        }
        finally
        {
            completion.TrySetException(failure);
        }
    }

    // A timer waits MaxTimerDelay at most: a later instant is reached in steps, OnTimer arming it again when early.
    private void Schedule(DateTimeOffset at)
    {
        var due = at - _time.GetUtcNow();
        due = due <= TimeSpan.Zero ? TimeSpan.Zero : due < MaxTimerDelay ? due : MaxTimerDelay;
        try
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile: nothing more to renew.
        }
    }

    private void OnTimer()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        TaskCompletionSource<TokenLease>? started = null;
        DateTimeOffset? early = null;
        lock (_gate)
        {
            if (_current is { } lease && lease.IsUsable(now))
            {
                if (now >= lease.RenewAt)
                {
                    JoinOrStartLocked(ref started);
                }
                else
                {
                    early = lease.RenewAt;
                }
            }
        }

        if (early is { } renewAt)
        {
            Schedule(renewAt);
        }

        Start(started);
    }

    private async Task RevokeAsync(string token)
    {
        if (Volatile.Read(ref _lastApi) is not { } api)
        {
            return;
        }

        try
        {
            await RevokeWithoutOwnTokenAsync(api, token).ConfigureAwait(false);
            LogRevoked(_logger);
        }
        catch (Exception ex) when (ex is AuthClientException or ObjectDisposedException or OperationCanceledException or HttpRequestException)
        {
            LogRevokeFailed(_logger, ex.GetType().Name, ex.Message);
        }
    }

    private async Task RevokeWithoutOwnTokenAsync(IWazoTokenApi api, string token)
    {
        _ownCall.Value = true;
        await api.RevokeAsync(token, CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "wazo-auth token created; renewal at {RenewAt:O}, expiry at {ExpiresAt:O}")]
    private static partial void LogCreated(ILogger logger, DateTimeOffset renewAt, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "wazo-auth token creation failed (attempt {Attempt}) with {ExceptionType}: {ExceptionMessage}; next attempt in {RetryInSeconds:0.###} s at the earliest")]
    private static partial void LogFailed(ILogger logger, int attempt, string exceptionType, string exceptionMessage, double retryInSeconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "wazo-auth token rejected by a service (401): renewing it")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "A wazo-auth token subscriber failed with {ExceptionType}: {ExceptionMessage}")]
    private static partial void LogObserverFailed(ILogger logger, string exceptionType, string exceptionMessage);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "wazo-auth token revoked")]
    private static partial void LogRevoked(ILogger logger);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "wazo-auth token revocation failed with {ExceptionType}: {ExceptionMessage}")]
    private static partial void LogRevokeFailed(ILogger logger, string exceptionType, string exceptionMessage);
}
