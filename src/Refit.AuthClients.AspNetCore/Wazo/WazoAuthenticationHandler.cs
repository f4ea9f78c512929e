using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// The wazo-auth scheme: the token of <c>X-Auth-Token</c> (or <c>Authorization: Bearer</c>), validated by wazo-auth
/// for the tenant of <c>Wazo-Tenant</c> when present.
/// </summary>
internal sealed class WazoAuthenticationHandler(
    IOptionsMonitor<WazoAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenValidationCache cache,
    WazoTokenValidator validator)
    : TokenAuthenticationHandler<WazoAuthenticationOptions, WazoTokenIdentity>(options, logger, encoder, cache)
{
    protected override string? ReadToken()
    {
        if (Header(Options.TokenHeaderName) is { } token)
        {
            return token;
        }

        return Options.AcceptBearerToken
               && AuthenticationHeaderValue.TryParse(Header("Authorization"), out var authorization)
               && string.Equals(authorization.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? authorization.Parameter?.Trim()
            : null;
    }

    protected override string? ReadContext() =>
        string.IsNullOrEmpty(Options.TenantHeaderName) ? null : Header(Options.TenantHeaderName);

    // wazo-auth routes only UUIDs to its token lookup: anything else cannot be a token.
    protected override bool IsWellFormed(string token) => Guid.TryParse(token, out _);

    protected override Task<WazoTokenIdentity?> ValidateAsync(string token, string? context, CancellationToken cancellationToken) =>
        validator.ValidateAsync(token, context, cancellationToken);

    protected override ClaimsIdentity CreateIdentity(WazoTokenIdentity identity) => identity.ToClaimsIdentity(Scheme.Name);
}
