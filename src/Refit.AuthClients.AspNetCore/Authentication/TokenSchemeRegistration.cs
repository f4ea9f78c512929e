using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Refit.AuthClients.AspNetCore;

/// <summary>What registering either token scheme takes: the shared cache, the scheme's validator and the scheme.</summary>
internal static class TokenSchemeRegistration
{
    public static AuthenticationBuilder AddTokenScheme<TOptions, THandler, TValidator>(
        this AuthenticationBuilder builder,
        string authenticationScheme,
        string displayName,
        Action<TOptions>? configure)
        where TOptions : TokenAuthenticationOptions, new()
        where THandler : AuthenticationHandler<TOptions>
        where TValidator : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(authenticationScheme);
        builder.Services.AddTokenValidationCache();
        builder.Services.TryAddSingleton<TValidator>();
        return builder.AddScheme<TOptions, THandler>(authenticationScheme, displayName, configure);
    }
}
