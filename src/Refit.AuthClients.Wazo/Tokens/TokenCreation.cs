using System.Net;
using System.Text;
using System.Text.Json;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>One <c>POST /token</c> as the renewal options describe it, and the lease it yields.</summary>
internal static class TokenCreation
{
    /// <summary>The server's default token lifetime, assumed when an answer gives no usable times.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(7200);

    /// <summary>Creates a token and works out when to renew it, timing it on <paramref name="time"/>.</summary>
    public static async Task<TokenLease> CreateAsync(IWazoTokenApi api, WazoTokenRenewalOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var obtainedAt = time.GetUtcNow();
        var response = await api.CreateAsync(Authorization(options), Request(options), options.SessionType, cancellationToken: cancellationToken).ConfigureAwait(false);
        // An answer read from HTTP was already checked by the same rule as it was read; this covers any other API.
        var problem = WazoTokenAnswer.Problem(response);
        if (problem is not null || response?.Data is not { Token: { } value } token)
        {
            var info = new AuthErrorInfo(AuthErrorKind.InvalidResponse, HttpMethod.Post.Method, "/token", HttpStatusCode.OK);
            throw new WazoAuthInvalidResponseException(info, new JsonException(problem));
        }

        // The server's own issue and expiry times give the lifetime; counting it from the local send time keeps
        // a skewed server clock out of the schedule.
        var lifetime = token.UtcExpiresAtInstant - token.UtcIssuedAtInstant is { } served && served > TimeSpan.Zero
            ? served
            : options.Expiration is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
        var expiresAt = obtainedAt + lifetime;
        return new TokenLease(token, value, obtainedAt, expiresAt - Margin(options, lifetime), expiresAt);
    }

    private static TimeSpan Margin(WazoTokenRenewalOptions options, TimeSpan lifetime)
    {
        var margin = options.RenewalMargin ?? TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 10, WazoTokenRenewalOptions.MaxDefaultRenewalMargin.Ticks));
        var half = TimeSpan.FromTicks(lifetime.Ticks / 2);
        return margin < half ? margin : half;
    }

    // The refresh-token grant goes with empty basic credentials, as the reference client sends it.
    private static string Authorization(WazoTokenRenewalOptions options)
    {
        var credentials = options.UsesRefreshToken ? ":" : $"{options.Username}:{options.Password}";
        return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));
    }

    private static WazoTokenRequest Request(WazoTokenRenewalOptions options) => options.UsesRefreshToken
        ? new WazoTokenRequest { Expiration = options.Expiration, ClientId = options.ClientId, RefreshToken = options.RefreshToken }
        : new WazoTokenRequest { Expiration = options.Expiration };
}
