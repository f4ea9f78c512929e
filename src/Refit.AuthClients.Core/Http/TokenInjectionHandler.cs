using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Http;

/// <summary>
/// Puts the token of an <see cref="ITokenSource"/> on every request, unless the request already carries a token of
/// its own (a per-call token wins) or is marked <see cref="AuthRequestOptions.OwnCredentials"/> (a login, which the
/// token has no part in). With no token available the request goes out without one.
/// </summary>
/// <remarks>
/// Sits inside the retry handler, so every attempt asks the source again and a renewed token is used on retry.
/// </remarks>
public sealed class TokenInjectionHandler : DelegatingHandler
{
    private readonly ITokenSource _tokenSource;
    private readonly string _headerName;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokenSource">Where tokens come from.</param>
    /// <param name="headerName">The header that carries the token; <see cref="AuthHeaderNames.AuthToken"/> by default.</param>
    public TokenInjectionHandler(ITokenSource tokenSource, string headerName = AuthHeaderNames.AuthToken)
    {
        ArgumentNullException.ThrowIfNull(tokenSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        _tokenSource = tokenSource;
        _headerName = headerName;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var injectedBefore = request.Options.TryGetValue(AuthRequestOptions.TokenInjected, out var injected) && injected;
        if (!injectedBefore && request.Headers.TryGetValues(_headerName, out var ownTokens))
        {
            foreach (var own in ownTokens)
            {
                if (!HeaderTokens.IsSendable(own))
                {
                    throw new ArgumentException($"The {_headerName} value cannot be sent: a token holds no space, control or non-ASCII character.");
                }
            }

            return base.SendAsync(request, cancellationToken);
        }

        if (!injectedBefore && AuthRequestOptions.HasOwnCredentials(request))
        {
            return base.SendAsync(request, cancellationToken);
        }

        request.Headers.Remove(_headerName);
        var token = _tokenSource.GetTokenAsync(cancellationToken);
        if (!token.IsCompletedSuccessfully)
        {
            return InjectThenSendAsync(request, token, cancellationToken);
        }

        // A token already at hand (a fixed one, or a renewed one still fresh) costs no state machine.
        Inject(request, token.Result);
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> InjectThenSendAsync(HttpRequestMessage request, ValueTask<string?> token, CancellationToken cancellationToken)
    {
        Inject(request, await token.ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Inject(HttpRequestMessage request, string? token)
    {
        var injected = !string.IsNullOrEmpty(token);
        if (injected)
        {
            if (!HeaderTokens.IsSendable(token!))
            {
                throw new InvalidOperationException("The token source gave a token that cannot be sent: a token holds no space, control or non-ASCII character.");
            }

            request.Headers.TryAddWithoutValidation(_headerName, token);
        }

        AuthRequestOptions.MarkTokenInjected(request, injected);
    }
}
