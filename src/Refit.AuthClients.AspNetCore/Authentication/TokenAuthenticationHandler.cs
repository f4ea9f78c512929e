using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Authenticates a request by a token the identity service validates: no token is no result (401 when required),
/// an invalid token a failure (401), and a service that cannot answer a failure answered 503, not 401, so that
/// clients do not throw away a good token. Validations go through <see cref="TokenValidationCache"/>.
/// </summary>
internal abstract class TokenAuthenticationHandler<TOptions, TIdentity> : AuthenticationHandler<TOptions>
    where TOptions : TokenAuthenticationOptions, new()
    where TIdentity : class, ITokenIdentity
{
    private readonly TokenValidationCache _cache;

    protected TokenAuthenticationHandler(IOptionsMonitor<TOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenValidationCache cache)
        : base(options, logger, encoder)
    {
        _cache = cache;
    }

    private string UnavailableKey => "Refit.AuthClients.ServiceUnavailable:" + Scheme.Name;

    /// <summary>The token of the request, or null when it carries none.</summary>
    protected abstract string? ReadToken();

    /// <summary>What else the validation depends on (e.g. a tenant); part of the cache key.</summary>
    protected virtual string? ReadContext() => null;

    /// <summary>Whether <paramref name="token"/> can be a token at all; a malformed one fails without asking the service.</summary>
    protected virtual bool IsWellFormed(string token) => true;

    /// <summary>Asks the service who <paramref name="token"/> identifies; null when the service refuses the token.</summary>
    /// <exception cref="AuthClientException">The service could not answer.</exception>
    protected abstract Task<TIdentity?> ValidateAsync(string token, string? context, CancellationToken cancellationToken);

    /// <summary>The claims of <paramref name="identity"/>.</summary>
    protected abstract ClaimsIdentity CreateIdentity(TIdentity identity);

    /// <summary>The first non-blank value of request header <paramref name="name"/>, trimmed.</summary>
    protected string? Header(string name)
    {
        foreach (var value in Request.Headers[name])
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <inheritdoc />
    protected sealed override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        if (!IsWellFormed(token))
        {
            return AuthenticateResult.Fail("The token is malformed.");
        }

        var context = ReadContext();
        TIdentity? identity;
        try
        {
            identity = await _cache.GetOrValidateAsync(Scheme.Name, token, context, ct => ValidateAsync(token, context, ct), Options, Context.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (AuthClientException ex)
        {
            Context.Items[UnavailableKey] = true;
            AuthenticationLog.ServiceUnavailable(Logger, Scheme.Name, ex.GetType().Name, ex.Message);
            return AuthenticateResult.Fail($"The token could not be validated: {ex.Message}");
        }

        if (identity is null)
        {
            return AuthenticateResult.Fail("The token is invalid or expired.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(CreateIdentity(identity)), Scheme.Name));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(UnavailableKey))
        {
            Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
            return Task.CompletedTask;
        }

        return base.HandleChallengeAsync(properties);
    }
}
