using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Http;
using Refit.AuthClients.Logging;
using Refit.AuthClients.Options;
using Refit.AuthClients.Retry;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.DependencyInjection;

/// <summary>Registration helpers both clients build their <c>AddXxxClient</c> on.</summary>
public static class AuthClientServiceCollectionExtensions
{
    /// <summary>The default <c>User-Agent</c>: <c>Refit.AuthClients/{version}</c>.</summary>
    public static string DefaultUserAgent { get; } =
        $"Refit.AuthClients/{typeof(AuthClientServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    /// <summary>
    /// Registers the named <see cref="HttpClient"/> a service's Refit interfaces share, with the SDK's handlers in
    /// order: error mapping (outermost), timeout, retry (<c>AddPolicyHandler</c>), 401 renewal, token injection (inside the retry,
    /// so each attempt gets a fresh token), response buffering, over a primary handler that never follows redirects.
    /// Handlers added on the returned builder go between the response buffering and the primary handler.
    /// </summary>
    /// <typeparam name="TOptions">The service's options, validated at start.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="service">The service's description.</param>
    /// <param name="baseAddress">Computes the client's base address from the options.</param>
    /// <param name="addApis">Registers the service's Refit interfaces on the client.</param>
    /// <param name="tokenSource">Resolves the token source; a fixed <see cref="AuthClientOptions.Token"/> when null.</param>
    /// <returns>The builder of the named client, for further configuration.</returns>
    public static IHttpClientBuilder AddAuthHttpClient<TOptions>(
        this IServiceCollection services,
        AuthServiceDescription service,
        Func<TOptions, Uri> baseAddress,
        Action<AuthRefitApiRegistrar> addApis,
        Func<IServiceProvider, ITokenSource>? tokenSource = null)
        where TOptions : AuthClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(addApis);

        // Refit's registration sets a primary handler of its own (one that follows redirects): it must come first,
        // so that the SDK's handler, and anything the caller configures on the returned builder, replaces it.
        addApis(new AuthRefitApiRegistrar(services, service));

        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, AuthClientOptionsValidator<TOptions>>());
        services.TryAddKeyedSingleton(service.HttpClientName, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
            return new TransientRetryPolicy(options.Retry, new RetryDelays(options.RetryBaseDelay, options.MaxRetryDelay), service.NeverRetried);
        });
        // The policy is looked up once per pipeline (sp is the handler's scope), not per request: a call made while
        // the container is being disposed, such as a token revoked on dispose, still finds its retry policy.
        var retryPolicies = new ConditionalWeakTable<IServiceProvider, TransientRetryPolicy>();
        ConditionalWeakTable<IServiceProvider, TransientRetryPolicy>.CreateValueCallback resolveRetryPolicy =
            sp => sp.GetRequiredKeyedService<TransientRetryPolicy>(service.HttpClientName);
        var resolveTokenSource = tokenSource
            ?? (sp => new StaticTokenSource(sp.GetRequiredService<IOptions<TOptions>>().Value.Token));

        return services.AddHttpClient(service.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
                client.BaseAddress = baseAddress(options);
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Clear();
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent ?? DefaultUserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => PrimaryHandlerFactory.Create(sp.GetRequiredService<IOptions<TOptions>>().Value))
            .AddHttpMessageHandler(() => new ErrorMappingHandler(service.ErrorMapper))
            .AddHttpMessageHandler(sp => new RequestTimeoutHandler(sp.GetRequiredService<IOptions<TOptions>>().Value.Timeout))
            .AddPolicyHandler((sp, request) => retryPolicies.GetValue(sp, resolveRetryPolicy).For(request))
            .AddHttpMessageHandler(sp => new TokenRenewalHandler(resolveTokenSource(sp), service.TokenHeaderName))
            .AddHttpMessageHandler(sp => new TokenInjectionHandler(resolveTokenSource(sp), service.TokenHeaderName))
            .AddHttpMessageHandler(sp => new ResponseBufferingHandler(sp.GetRequiredService<IOptions<TOptions>>().Value.MaxResponseSize))
            .RemoveAllLoggers()
            .AddLogger(
                sp => new RedactingHttpClientLogger(
                    sp.GetService<ILoggerFactory>()?.CreateLogger("Refit.AuthClients." + service.HttpClientName) ?? NullLogger.Instance),
                wrapHandlersPipeline: true);
    }
}
