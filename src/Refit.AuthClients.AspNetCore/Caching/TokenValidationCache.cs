using Microsoft.Extensions.Caching.Hybrid;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Token validations kept in <see cref="HybridCache"/>: in memory, and in the application's distributed cache when it
/// registers one, so that a fleet validates each token once. Concurrent first requests with one token share one
/// validation. A valid token is kept until it expires (at most <see cref="TokenAuthenticationOptions.MaxCacheDuration"/>),
/// an invalid one for <see cref="TokenAuthenticationOptions.InvalidTokenCacheDuration"/>; a failed validation (the
/// service is down) is not kept. The service's answer is authoritative: a token it has just accepted is valid for the
/// request, whatever the local clock says of its expiry.
/// </summary>
internal sealed class TokenValidationCache(HybridCache cache, TimeProvider time)
{
    /// <summary>The identity of <paramref name="token"/>, from the cache or from <paramref name="validate"/>; null when the token is invalid.</summary>
    /// <exception cref="Errors.AuthClientException">The validation failed (not cached).</exception>
    public async Task<TIdentity?> GetOrValidateAsync<TIdentity>(
        string scheme,
        string token,
        string? context,
        Func<CancellationToken, Task<TIdentity?>> validate,
        TokenAuthenticationOptions options,
        CancellationToken cancellationToken)
        where TIdentity : class, ITokenIdentity
    {
        var key = TokenCacheKey.For(scheme, token, context);
        // HybridCache fixes an entry's lifetime before its value exists: entries live for the longest allowed, and
        // the instant in the entry says when its answer stops holding.
        var entryOptions = new HybridCacheEntryOptions { Expiration = options.MaxCacheDuration, LocalCacheExpiration = options.MaxCacheDuration };
        var run = new ValidationRun<TIdentity>(this, validate, options);
        DateTimeOffset? removedAt = null;
        for (var attempt = 0; ; attempt++)
        {
            var entry = await cache.GetOrCreateAsync(key, run, static (r, ct) => r.ExecuteAsync(ct), entryOptions, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            // An answer obtained during this call holds for it, however briefly it may be kept (a zero invalid-token
            // duration, a token at the end of its life): this call's own validation, or one given after this call
            // removed a stale entry. The cache hands back a copy, so what tells is that a validation ran, or when.
            if (run.HasRun || entry.ValidatedAt >= removedAt || time.GetUtcNow() < entry.CachedUntil)
            {
                return entry.Identity;
            }

            if (attempt > 0)
            {
                // The stale entry came back (a lagging second level): refused rather than trusted.
                return null;
            }

            removedAt = time.GetUtcNow();
            await cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<CachedValidation<TIdentity>> CreateAsync<TIdentity>(
        Func<CancellationToken, Task<TIdentity?>> validate,
        TokenAuthenticationOptions options,
        CancellationToken cancellationToken)
        where TIdentity : class, ITokenIdentity
    {
        var identity = await validate(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return identity is null
            ? new CachedValidation<TIdentity>(null, now + options.InvalidTokenCacheDuration, now)
            : new CachedValidation<TIdentity>(identity, now + ValidFor(identity, now, options.MaxCacheDuration), now);
    }

    /// <summary>How long, on the local clock, a token the service has just accepted stays accepted without asking again.</summary>
    /// <remarks>
    /// The expiry is on the service's clock. A local clock ahead of it sees the token expire early: at worst it is not
    /// kept, and the next request asks again. A local clock behind it would keep the token too long: never longer than
    /// the token's whole lifetime, counted from its issue as the self-renewing token counts it, nor than
    /// <paramref name="max"/>.
    /// </remarks>
    private static TimeSpan ValidFor(ITokenIdentity identity, DateTimeOffset now, TimeSpan max)
    {
        var left = identity.ExpiresAt - now ?? max;
        if (identity.ExpiresAt - identity.IssuedAt is { } lifetime && lifetime < left)
        {
            left = lifetime;
        }

        return left <= TimeSpan.Zero ? TimeSpan.Zero : left < max ? left : max;
    }

    private sealed class ValidationRun<TIdentity>(TokenValidationCache owner, Func<CancellationToken, Task<TIdentity?>> validate, TokenAuthenticationOptions options)
        where TIdentity : class, ITokenIdentity
    {
        /// <summary>Whether the cache asked this run for an answer.</summary>
        public bool HasRun { get; private set; }

        public ValueTask<CachedValidation<TIdentity>> ExecuteAsync(CancellationToken cancellationToken)
        {
            HasRun = true;
            return owner.CreateAsync(validate, options, cancellationToken);
        }
    }
}
