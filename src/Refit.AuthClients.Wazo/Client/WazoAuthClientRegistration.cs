using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo;

/// <summary>Registers the facade over the Refit interfaces that <c>AddWazoAuthClient</c> registers.</summary>
internal static class WazoAuthClientRegistration
{
    public static IServiceCollection AddWazoAuthFacade(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(
            WazoAuthServiceCollectionExtensions.ServiceKey,
            (sp, _) => new WazoClientTenant(InitialTenant(sp.GetRequiredService<IOptions<WazoAuthClientOptions>>().Value)));

        // Transient like the Refit clients it wraps, so that their handlers keep rotating; the token and the tenant
        // are singletons, so SetToken and SetTenant act on every instance.
        services.TryAddTransient<IWazoAuthClient>(sp => new WazoAuthClient(sp));
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Admin);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Backends);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Config);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Emails);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().External);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Groups);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Idp);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().LdapConfig);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Policies);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().RefreshTokens);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Saml);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().SamlConfig);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Sessions);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Status);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Tenants);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Token);
        services.TryAddTransient(sp => sp.GetRequiredService<IWazoAuthClient>().Users);
        return services;
    }

    // A blank configured tenant means none, rather than a failure at the first call.
    private static string? InitialTenant(WazoAuthClientOptions options) =>
        string.IsNullOrWhiteSpace(options.Tenant) ? null : options.Tenant;
}
