using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Authenticates a token with Astakos (<c>ForToken(token).AuthenticateAsync()</c>).</summary>
internal sealed class AstakosTokenValidator(IServiceProvider services)
{
    /// <summary>The identity of <paramref name="token"/>; null when Astakos refuses it.</summary>
    /// <exception cref="AstakosClientException">Astakos could not answer (down, failing, unreachable, or an unreadable answer).</exception>
    public async Task<AstakosTokenIdentity?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var astakos = services.GetRequiredService<IAstakosClient>();
        try
        {
            var access = await astakos.ForToken(token).AuthenticateAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return AstakosTokenIdentity.From(access);
        }
        catch (AstakosClientException ex) when (IsRefusal(ex))
        {
            return null;
        }
    }

    // 401: invalid, expired or of an inactive user; 400: malformed; 403 and 404: refused. The rest is Astakos failing.
    private static bool IsRefusal(AstakosClientException error) =>
        error.Kind == AuthErrorKind.HttpStatus
        && error.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
