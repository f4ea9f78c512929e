using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Http;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>Gives the registered wazo-auth client a token that renews itself.</summary>
public static class WazoTokenRenewalBuilderExtensions
{
    /// <summary>
    /// Makes every call of the wazo-auth client carry a <see cref="WazoRenewingTokenSource"/> token instead of the
    /// fixed <see cref="Refit.AuthClients.Options.AuthClientOptions.Token"/>: created on first use from the client's
    /// <see cref="WazoAuthClientOptions.Username"/> and <see cref="WazoAuthClientOptions.Password"/> (or what
    /// <paramref name="configure"/> sets), renewed before it expires, and renewed once when a call is answered
    /// <c>401</c>, which is then sent again. The source is a singleton of the container (resolve
    /// <see cref="WazoRenewingTokenSource"/> to subscribe to new tokens); the container disposes it.
    /// </summary>
    /// <param name="builder">The builder <c>AddWazoAuthClient</c> returned.</param>
    /// <param name="configure">Sets the renewal options; the defaults and the client's credentials when null.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the wazo-auth client's.</exception>
    public static IHttpClientBuilder WithAutoRenewedToken(this IHttpClientBuilder builder, Action<WazoTokenRenewalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Name != WazoAuthService.Name)
        {
            throw new ArgumentException($"{nameof(WithAutoRenewedToken)} applies to the builder AddWazoAuthClient returns, not to the client '{builder.Name}'.", nameof(builder));
        }

        var services = builder.Services;
        var options = services.AddOptions<WazoTokenRenewalOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.PostConfigure<IOptions<WazoAuthClientOptions>>(UseClientCredentials).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WazoTokenRenewalOptions>, RenewalOptionsValidator>());
        services.TryAddSingleton(sp => new WazoRenewingTokenSource(
            sp.GetRequiredService<IWazoTokenApi>,
            sp.GetRequiredService<IOptions<WazoTokenRenewalOptions>>().Value,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<WazoRenewingTokenSource>()));

        var header = WazoAuthService.Description.TokenHeaderName;
        return builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            var source = sp.GetRequiredService<WazoRenewingTokenSource>();
            Replace(handlers, h => h is TokenInjectionHandler, () => new TokenInjectionHandler(source, header));
            Replace(handlers, h => h is TokenRenewalHandler, () => new TokenRenewalHandler(source, header));
        });
    }

    private static void UseClientCredentials(WazoTokenRenewalOptions renewal, IOptions<WazoAuthClientOptions> client)
    {
        if (!renewal.UsesRefreshToken)
        {
            renewal.Username ??= client.Value.Username;
            renewal.Password ??= client.Value.Password;
        }
    }

    // The client's pipeline holds handlers built on its fixed token source: those two are swapped in place.
    private static void Replace(IList<DelegatingHandler> handlers, Func<DelegatingHandler, bool> match, Func<DelegatingHandler> create)
    {
        for (var i = 0; i < handlers.Count; i++)
        {
            if (match(handlers[i]))
            {
                handlers[i].Dispose();
                handlers[i] = create();
                return;
            }
        }

        throw new InvalidOperationException("The wazo-auth client's pipeline has no token handler to replace: register it with AddWazoAuthClient.");
    }

    private sealed class RenewalOptionsValidator : IValidateOptions<WazoTokenRenewalOptions>
    {
        public ValidateOptionsResult Validate(string? name, WazoTokenRenewalOptions options)
        {
            var errors = new List<string>();
            options.Validate(errors);
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
