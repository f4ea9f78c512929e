using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit.AuthClients.Wazo;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Adds the wazo-auth authentication scheme.</summary>
public static class WazoAuthenticationBuilderExtensions
{
    /// <summary>
    /// Adds the wazo-auth scheme under <see cref="WazoAuthenticationDefaults.AuthenticationScheme"/>, and the handler of
    /// <see cref="RequireWazoAclAttribute"/>. Tokens are validated with the wazo-auth client, which must be registered
    /// (<c>services.AddWazoAuthClient(…)</c>); validations are cached through <c>HybridCache</c>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Sets the scheme's options; the defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddWazoAuth(this AuthenticationBuilder builder, Action<WazoAuthenticationOptions>? configure = null) =>
        builder.AddWazoAuth(WazoAuthenticationDefaults.AuthenticationScheme, configure);

    /// <summary>Adds the wazo-auth scheme under <paramref name="authenticationScheme"/>; see the other overload.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="configure">Sets the scheme's options; the defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddWazoAuth(this AuthenticationBuilder builder, string authenticationScheme, Action<WazoAuthenticationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, WazoAclAuthorizationHandler>());
        return builder.AddTokenScheme<WazoAuthenticationOptions, WazoAuthenticationHandler, WazoTokenValidator, IWazoAuthClient>(
            authenticationScheme, "wazo-auth", "AddWazoAuthClient", configure);
    }
}
