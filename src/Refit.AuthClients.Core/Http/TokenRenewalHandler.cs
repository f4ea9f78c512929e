using System.Net;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Http;

/// <summary>
/// Sends a call again, once, after the service rejected its token with <c>401</c>: the token source renews the
/// token first, then <see cref="TokenInjectionHandler"/> (under this handler) puts the new one on the repeated call.
/// </summary>
/// <remarks>
/// It acts only when the source is an <see cref="IRenewableTokenSource"/> and the rejected token came from it (a
/// per-call token is the caller's business, and a request marked <see cref="AuthRequestOptions.OwnCredentials"/>, a
/// login, carries none: its 401 refuses its own credentials), and sends the call again only when the source now has
/// another token.
/// A 401 is an answer, not a transient failure: the call was refused before it did anything, so repeating it is
/// safe whatever its method.
/// </remarks>
public sealed class TokenRenewalHandler : DelegatingHandler
{
    private readonly IRenewableTokenSource? _renewable;
    private readonly string _headerName;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokenSource">The source <see cref="TokenInjectionHandler"/> uses; nothing is done unless it is renewable.</param>
    /// <param name="headerName">The header that carries the token; <see cref="AuthHeaderNames.AuthToken"/> by default.</param>
    public TokenRenewalHandler(ITokenSource tokenSource, string headerName = AuthHeaderNames.AuthToken)
    {
        ArgumentNullException.ThrowIfNull(tokenSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        _renewable = tokenSource as IRenewableTokenSource;
        _headerName = headerName;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _renewable is null ? base.SendAsync(request, cancellationToken) : SendRenewingAsync(_renewable, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRenewingAsync(IRenewableTokenSource renewable, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || RejectedInjectedToken(request) is not { } rejected)
        {
            return response;
        }

        try
        {
            await renewable.RenewAsync(rejected, cancellationToken).ConfigureAwait(false);
            var current = await renewable.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(current) || string.Equals(current, rejected, StringComparison.Ordinal))
            {
                return response;
            }
        }
        catch
        {
            response.Dispose();
            throw;
        }

        response.Dispose();
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private string? RejectedInjectedToken(HttpRequestMessage request)
    {
        var injected = request.Options.TryGetValue(AuthRequestOptions.TokenInjected, out var wasInjected) && wasInjected;
        return injected && request.Headers.TryGetValues(_headerName, out var values) ? values.FirstOrDefault() : null;
    }
}
