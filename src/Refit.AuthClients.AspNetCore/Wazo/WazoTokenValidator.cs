using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo;
using Refit.AuthClients.Wazo.Errors;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Asks wazo-auth (<c>Token.GetAsync</c>: <c>GET /token/{token}?tenant=</c>) who a token identifies.</summary>
internal sealed class WazoTokenValidator(IServiceProvider services)
{
    /// <summary>The identity of <paramref name="token"/> acting on <paramref name="tenant"/>; null when wazo-auth refuses it.</summary>
    /// <exception cref="WazoAuthException">wazo-auth could not answer (down, failing, unreachable, or an unreadable answer).</exception>
    public async Task<WazoTokenIdentity?> ValidateAsync(string token, string? tenant, CancellationToken cancellationToken)
    {
        // The client is transient: resolved per validation, it follows the HTTP client factory's handler rotation.
        var tokens = services.GetRequiredService<IWazoAuthClient>().Token;
        try
        {
            var data = await tokens.GetAsync(token, requiredAcl: null, tenant, cancellationToken).ConfigureAwait(false);
            return WazoTokenIdentity.From(data, tenant);
        }
        catch (WazoAuthException ex) when (IsRefusal(ex))
        {
            return null;
        }
    }

    // 404: unknown or expired; 403: may not act on the tenant; 400: a tenant that is no tenant. Anything else is the
    // service failing, which says nothing about the token.
    private static bool IsRefusal(WazoAuthException error) =>
        error.Kind == AuthErrorKind.HttpStatus
        && error.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest;
}
