using Microsoft.Extensions.Caching.Hybrid;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Token validations kept in <see cref="HybridCache"/>: in memory, and in the application's distributed cache when it
/// registers one, so that a fleet validates each token once. Concurrent first requests with one token share one
/// validation. A valid token is kept until it expires (at most <see cref="TokenAuthenticationOptions.MaxCacheDuration"/>),
/// an invalid one for <see cref="TokenAuthenticationOptions.InvalidTokenCacheDuration"/>; a failed validation (the
/// service is down) is not kept.
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
        for (var attempt = 0; ; attempt++)
        {
            var entry = await cache.GetOrCreateAsync(key, run, static (r, ct) => r.ExecuteAsync(ct), entryOptions, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            // An answer this call has just obtained holds for this call, even with a zero invalid-token duration (the
            // cache hands back a copy of it, so what tells is that this call's validation ran).
            if (run.HasRun || time.GetUtcNow() < entry.CachedUntil)
            {
                return entry.Identity;
            }

            if (attempt > 0)
            {
                return null;
            }

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
        if (identity is null || identity.ExpiresAt <= now)
        {
            return new CachedValidation<TIdentity>(null, now + options.InvalidTokenCacheDuration);
        }

        var until = now + options.MaxCacheDuration;
        return new CachedValidation<TIdentity>(identity, identity.ExpiresAt < until ? identity.ExpiresAt.Value : until);
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
