using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Astakos;

/// <summary>Registers the Astakos client.</summary>
public static class AstakosServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAstakosClient"/> and the Refit interfaces (<see cref="IAstakosIdentityApi"/>,
    /// <see cref="IAstakosAccountApi"/>, <see cref="IAstakosUiApi"/>, <see cref="IAstakosOAuth2Api"/>) on one shared
    /// HTTP client. The options are validated at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (<see cref="AstakosClientOptions.AuthUrl"/> is required).</param>
    /// <param name="tokenSource">Where the client's token comes from; <see cref="Options.AuthClientOptions.Token"/> when null.</param>
    /// <returns>The builder of the HTTP client, e.g. to set its primary handler.</returns>
    public static IHttpClientBuilder AddAstakosClient(
        this IServiceCollection services,
        Action<AstakosClientOptions> configure,
        Func<IServiceProvider, ITokenSource>? tokenSource = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddAstakosClientServices(tokenSource);
    }

    /// <summary>Registers the Astakos client with options bound from <paramref name="configuration"/> (e.g. a section).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The options' configuration section.</param>
    /// <param name="tokenSource">Where the client's token comes from; <see cref="Options.AuthClientOptions.Token"/> when null.</param>
    /// <returns>The builder of the HTTP client.</returns>
    public static IHttpClientBuilder AddAstakosClient(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<IServiceProvider, ITokenSource>? tokenSource = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<AstakosClientOptions>(configuration);
        return services.AddAstakosClientServices(tokenSource);
    }

    private static IHttpClientBuilder AddAstakosClientServices(this IServiceCollection services, Func<IServiceProvider, ITokenSource>? tokenSource)
    {
        services.TryAddSingleton(sp => new AstakosTokenSource(
            tokenSource?.Invoke(sp) ?? new StaticTokenSource(Options(sp).Token)));
        services.TryAddSingleton(sp => new AstakosEndpoints(Options(sp).IdentityPath, sp.GetRequiredService<IAstakosIdentityApi>));
        services.TryAddTransient<IAstakosClient>(sp => new AstakosClient(
            new AstakosApis(
                sp.GetRequiredService<IAstakosIdentityApi>(),
                sp.GetRequiredService<IAstakosAccountApi>(),
                sp.GetRequiredService<IAstakosUiApi>(),
                sp.GetRequiredService<IAstakosOAuth2Api>()),
            sp.GetRequiredService<AstakosEndpoints>(),
            sp.GetRequiredService<AstakosTokenSource>().Source));

        var description = AstakosDescription.Service;
        return services
            .AddAuthHttpClient<AstakosClientOptions>(
                description,
                options => options.HostAddress,
                apis => apis.Add<IAstakosIdentityApi>().Add<IAstakosAccountApi>().Add<IAstakosUiApi>().Add<IAstakosOAuth2Api>(),
                sp => sp.GetRequiredService<AstakosTokenSource>().Source)
            .AddHttpMessageHandler(sp => new AstakosPrefixHandler(sp.GetRequiredService<AstakosEndpoints>()))
            .ConfigureHttpClient((sp, client) =>
            {
                foreach (var (name, value) in Options(sp).Headers)
                {
                    client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
                }
            });
    }

    private static AstakosClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AstakosClientOptions>>().Value;
}
