using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Tokens;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Http;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo.DependencyInjection;

/// <summary>Registers the wazo-auth client.</summary>
public static class WazoAuthServiceCollectionExtensions
{
    /// <summary>
    /// The service key of the client's keyed services, among them its <see cref="MutableTokenSource"/> (seeded from
    /// <see cref="Refit.AuthClients.Options.AuthClientOptions.Token"/>; <c>Set</c> replaces the token of every later call).
    /// </summary>
    public const string ServiceKey = WazoAuthService.Name;

    /// <summary>Registers the wazo-auth client, configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="WazoAuthClientOptions.Host"/> or <see cref="WazoAuthClientOptions.BaseUri"/>).</param>
    /// <returns>The builder of the client's HTTP client, for further configuration.</returns>
    public static IHttpClientBuilder AddWazoAuthClient(this IServiceCollection services, Action<WazoAuthClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddWazoAuthClient();
    }

    /// <summary>Registers the wazo-auth client, configured from <paramref name="configuration"/> (e.g. a <c>WazoAuth</c> section).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, bound by property name.</param>
    /// <returns>The builder of the client's HTTP client, for further configuration.</returns>
    public static IHttpClientBuilder AddWazoAuthClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WazoAuthClientOptions>(configuration);
        return services.AddWazoAuthClient();
    }

    /// <summary>
    /// Registers the wazo-auth client, configured elsewhere with <c>services.Configure&lt;WazoAuthClientOptions&gt;(...)</c>.
    /// The options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder of the client's HTTP client, for further configuration.</returns>
    public static IHttpClientBuilder AddWazoAuthClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddKeyedSingleton<MutableTokenSource>(
            ServiceKey,
            (sp, _) => new MutableTokenSource(sp.GetRequiredService<IOptions<WazoAuthClientOptions>>().Value.Token));
        services.AddWazoAuthFacade();
        return services.AddAuthHttpClient<WazoAuthClientOptions>(
                WazoAuthService.Description,
                options => options.GetBaseAddress(),
                AddApis,
                sp => sp.GetRequiredKeyedService<MutableTokenSource>(ServiceKey))
            .AddHttpMessageHandler(() => new MultipartFormQuotingHandler())
            .AddHttpMessageHandler(() => new WazoAnswerRecorder());
    }

    private static void AddApis(AuthRefitApiRegistrar apis) => apis
        .Add<IWazoBackendApi>()
        .Add<IWazoConfigApi>()
        .Add<IWazoEmailApi>()
        .Add<IWazoExternalAuthApi>()
        .Add<IWazoGoogleAuthApi>()
        .Add<IWazoGroupApi>()
        .Add<IWazoIdpApi>()
        .Add<IWazoLdapConfigApi>()
        .Add<IWazoMicrosoftAuthApi>()
        .Add<IWazoMobileAuthApi>()
        .Add<IWazoPasswordResetApi>()
        .Add<IWazoPolicyApi>()
        .Add<IWazoRefreshTokenApi>()
        .Add<IWazoSamlApi>()
        .Add<IWazoSamlConfigApi>()
        .Add<IWazoSessionApi>()
        .Add<IWazoStatusApi>()
        .Add<IWazoTenantApi>()
        .Add<IWazoTokenApi>()
        .Add<IWazoUserApi>()
        .Add<IWazoUserEmailApi>()
        .Add<IWazoUserRegistrationApi>();
}
