using Refit.AuthClients.Options;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>The options a test gives a client: retries on, fast delays, a timeout of its choice.</summary>
/// <param name="Timeout">The whole-call time limit.</param>
/// <param name="MaxRetryDelay">The cap of every retry delay, <c>Retry-After</c> included.</param>
/// <param name="Retry">The retries allowed.</param>
/// <param name="MaxConnectionsPerServer">The client's connection cap; the SDK's default when null.</param>
public sealed record ClientSettings(TimeSpan Timeout, TimeSpan MaxRetryDelay, int Retry = Expectation.Retries, int? MaxConnectionsPerServer = null)
{
    /// <summary>The matrix's settings: a generous timeout, delays short enough to keep the suite fast.</summary>
    public static ClientSettings Matrix { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(50));

    /// <summary>The matrix's settings for a stall: a timeout far below the stall.</summary>
    public static ClientSettings ShortTimeout { get; } = Matrix with { Timeout = TimeSpan.FromMilliseconds(300) };

    /// <summary>Applies the settings to a client's options.</summary>
    public void ApplyTo(AuthClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry = Retry;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        options.MaxRetryDelay = MaxRetryDelay;
        options.Timeout = Timeout;
        if (MaxConnectionsPerServer is { } cap)
        {
            options.MaxConnectionsPerServer = cap;
        }
    }
}
