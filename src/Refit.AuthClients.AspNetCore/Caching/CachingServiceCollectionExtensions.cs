using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Registers the token-validation cache both schemes share.</summary>
internal static class CachingServiceCollectionExtensions
{
    public static IServiceCollection AddTokenValidationCache(this IServiceCollection services)
    {
        // AddHybridCache only adds what is missing: an application's own HybridCache setup (and its distributed
        // cache, picked up as the second level) stays.
        services.AddHybridCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenValidationCache>();
        services.TryAddSingleton<IHybridCacheSerializer<CachedValidation<WazoTokenIdentity>>>(
            new JsonCacheSerializer<CachedValidation<WazoTokenIdentity>>(CacheJsonContext.Default.CachedValidationWazoTokenIdentity));
        services.TryAddSingleton<IHybridCacheSerializer<CachedValidation<AstakosTokenIdentity>>>(
            new JsonCacheSerializer<CachedValidation<AstakosTokenIdentity>>(CacheJsonContext.Default.CachedValidationAstakosTokenIdentity));
        return services;
    }
}
