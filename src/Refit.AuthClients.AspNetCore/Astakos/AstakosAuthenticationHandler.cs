using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Http;

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

    // An Astakos token is sent on in a header: one with a space, a control or a non-ASCII character (a decoded cookie
    // may hold any) is no token, and is refused without asking Astakos.
    protected override bool IsWellFormed(string token) => HeaderTokens.IsSendable(token);

    protected override Task<AstakosTokenIdentity?> ValidateAsync(string token, string? context, CancellationToken cancellationToken) =>
        validator.ValidateAsync(token, cancellationToken);

    protected override ClaimsIdentity CreateIdentity(AstakosTokenIdentity identity) => identity.ToClaimsIdentity(Scheme.Name);
}
