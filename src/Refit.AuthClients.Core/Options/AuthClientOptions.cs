namespace Refit.AuthClients.Options;

/// <summary>Settings every client of this SDK shares: token, timeout, retries, TLS and user agent.</summary>
public abstract class AuthClientOptions
{
    /// <summary>The default <see cref="Timeout"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The token sent with every call that does not carry its own. Never logged nor shown.</summary>
    public string? Token { get; set; }

    /// <summary>The time limit of one call, retries included. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>How many times a failed idempotent call is retried on a transient error; 0 (the default) never retries.</summary>
    public int Retry { get; set; }

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest a retry waits, whatever the backoff or the service's <c>Retry-After</c> says.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the service's TLS certificate is verified (the default). Turn off only for tests.</summary>
    public bool VerifyCertificate { get; set; } = true;

    /// <summary>A PEM file of CA certificates to trust instead of the system store when verifying the service.</summary>
    public string? CaBundlePath { get; set; }

    /// <summary>The default <see cref="MaxResponseSize"/>: 4 MiB.</summary>
    public const long DefaultMaxResponseSize = 4 * 1024 * 1024;

    /// <summary>The largest response body accepted, in bytes; a larger one fails as an invalid response.</summary>
    public long MaxResponseSize { get; set; } = DefaultMaxResponseSize;

    /// <summary>The default <see cref="MaxConnectionsPerServer"/>: 32.</summary>
    public const int DefaultMaxConnectionsPerServer = 32;

    /// <summary>
    /// The most connections one client opens to the service at once; further concurrent calls wait for a free one.
    /// </summary>
    /// <remarks>
    /// Without a cap, a burst of concurrent calls opens a socket per call, which an identity service (and its
    /// proxy) sees as a flood. <see cref="int.MaxValue"/> removes the cap.
    /// </remarks>
    public int MaxConnectionsPerServer { get; set; } = DefaultMaxConnectionsPerServer;

    /// <summary>The <c>User-Agent</c> sent; <c>Refit.AuthClients/{version}</c> when null.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Adds to <paramref name="errors"/> what is wrong with these settings.</summary>
    /// <remarks>Derived options call the base and add their own checks.</remarks>
    public virtual void Validate(ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{nameof(Timeout)} must be positive (or infinite).");
        }

        if (Retry < 0)
        {
            errors.Add($"{nameof(Retry)} must be 0 (no retry) or more.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
        {
            errors.Add($"{nameof(RetryBaseDelay)} and {nameof(MaxRetryDelay)} cannot be negative.");
        }

        if (MaxResponseSize <= 0)
        {
            errors.Add($"{nameof(MaxResponseSize)} must be positive.");
        }

        if (MaxConnectionsPerServer < 1)
        {
            errors.Add($"{nameof(MaxConnectionsPerServer)} must be 1 or more.");
        }

        if (CaBundlePath is not null)
        {
            var problem = Http.CaBundle.Check(CaBundlePath);
            if (problem is not null)
            {
                errors.Add(problem);
            }
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if any.</summary>
    public void EnsureValid()
    {
        var errors = new List<string>();
        Validate(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid {GetType().Name}: {string.Join(" ", errors)}");
        }
    }

    /// <summary>Never shows the token.</summary>
    public override string ToString() => $"{GetType().Name} {{ Token = {(Token is null ? "none" : "***")}, Timeout = {Timeout}, Retry = {Retry} }}";
}
