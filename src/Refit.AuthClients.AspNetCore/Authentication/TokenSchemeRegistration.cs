using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// What registering either token scheme takes: the shared cache, the scheme's validator, the scheme, and its checks at
/// start (options in range, the client registered) rather than a failure on every request.
/// </summary>
internal static class TokenSchemeRegistration
{
    public static AuthenticationBuilder AddTokenScheme<TOptions, THandler, TValidator, TClient>(
        this AuthenticationBuilder builder,
        string authenticationScheme,
        string displayName,
        string clientRegistration,
        Action<TOptions>? configure)
        where TOptions : TokenAuthenticationOptions, new()
        where THandler : AuthenticationHandler<TOptions>
        where TValidator : class
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(authenticationScheme);
        builder.Services.AddTokenValidationCache();
        builder.Services.TryAddSingleton<TValidator>();
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(sp =>
            new TokenSchemeValidation<TOptions>(authenticationScheme, typeof(TClient), clientRegistration, sp));
        builder.Services.AddOptions<TOptions>(authenticationScheme).ValidateOnStart();
        return builder.AddScheme<TOptions, THandler>(authenticationScheme, displayName, configure);
    }
}
