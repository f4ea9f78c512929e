using Microsoft.AspNetCore.Authentication;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Adds the Astakos authentication scheme.</summary>
public static class AstakosAuthenticationBuilderExtensions
{
    /// <summary>
    /// Adds the Astakos scheme under <see cref="AstakosAuthenticationDefaults.AuthenticationScheme"/>. Tokens are
    /// authenticated with the Astakos client, which must be registered (<c>services.AddAstakosClient(…)</c>);
    /// validations are cached through <c>HybridCache</c>.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Sets the scheme's options; the defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddAstakosAuth(this AuthenticationBuilder builder, Action<AstakosAuthenticationOptions>? configure = null) =>
        builder.AddAstakosAuth(AstakosAuthenticationDefaults.AuthenticationScheme, configure);

    /// <summary>Adds the Astakos scheme under <paramref name="authenticationScheme"/>; see the other overload.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="configure">Sets the scheme's options; the defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddAstakosAuth(this AuthenticationBuilder builder, string authenticationScheme, Action<AstakosAuthenticationOptions>? configure = null) =>
        builder.AddTokenScheme<AstakosAuthenticationOptions, AstakosAuthenticationHandler, AstakosTokenValidator, IAstakosClient>(
            authenticationScheme, "Astakos", "AddAstakosClient", configure);
}
