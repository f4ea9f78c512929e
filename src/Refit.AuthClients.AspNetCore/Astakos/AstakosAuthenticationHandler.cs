using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.AspNetCore;

/// <summary>The Astakos scheme: the token of <c>X-Auth-Token</c>, else of the Astakos login cookie, authenticated by Astakos.</summary>
internal sealed class AstakosAuthenticationHandler(
    IOptionsMonitor<AstakosAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenValidationCache cache,
    AstakosTokenValidator validator)
    : TokenAuthenticationHandler<AstakosAuthenticationOptions, AstakosTokenIdentity>(options, logger, encoder, cache)
{
    protected override string? ReadToken()
    {
        if (Header(Options.TokenHeaderName) is { } token)
        {
            return token;
        }

        return string.IsNullOrEmpty(Options.CookieName) ? null : AstakosCookie.GetToken(Request.Cookies[Options.CookieName]);
    }

    protected override Task<AstakosTokenIdentity?> ValidateAsync(string token, string? context, CancellationToken cancellationToken) =>
        validator.ValidateAsync(token, cancellationToken);

    protected override ClaimsIdentity CreateIdentity(AstakosTokenIdentity identity) => identity.ToClaimsIdentity(Scheme.Name);
}
