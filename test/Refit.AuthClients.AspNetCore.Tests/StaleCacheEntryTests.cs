using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Time.Testing;

namespace Refit.AuthClients.AspNetCore.Tests;

/// <summary>A stale entry that a lagging second level hands back after its removal is refused, never trusted.</summary>
public sealed class StaleCacheEntryTests
{
    [Test]
    public async Task A_stale_entry_seen_again_after_its_removal_does_not_authenticate()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var expiredAt = time.GetUtcNow().AddMinutes(-5);
        var cache = new CacheThatKeepsAnswering(new CachedValidation<Identity>(new Identity(expiredAt, expiredAt.AddHours(-1)), expiredAt, expiredAt.AddHours(-1)));

        var identity = await new TokenValidationCache(cache, time).GetOrValidateAsync<Identity>(
            "scheme", "token", null, _ => Task.FromResult<Identity?>(null), new Options(), CancellationToken.None);

        Assert.That(identity, Is.Null);
        Assert.That(cache.Removals, Is.EqualTo(1), "the stale entry was removed once");
    }

    private sealed record Identity(DateTimeOffset? ExpiresAt, DateTimeOffset? IssuedAt) : ITokenIdentity;

    private sealed class Options : TokenAuthenticationOptions;

    /// <summary>A second level that lags behind a removal: every read returns the entry it held.</summary>
    private sealed class CacheThatKeepsAnswering(object entry) : HybridCache
    {
        public int Removals { get; private set; }

        public override ValueTask<T> GetOrCreateAsync<TState, T>(
            string key,
            TState state,
            Func<TState, CancellationToken, ValueTask<T>> factory,
            HybridCacheEntryOptions? options = null,
            IEnumerable<string>? tags = null,
            CancellationToken cancellationToken = default) => new((T)entry);

        public override ValueTask SetAsync<T>(string key, T value, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default) =>
            ValueTask.CompletedTask;

        public override ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
        {
            Removals++;
            return ValueTask.CompletedTask;
        }

        public override ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
