using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Http;

namespace Refit.AuthClients.AspNetCore;

/// <summary>What the wazo-auth and Astakos schemes share: where the token is read and how long validations are kept.</summary>
public abstract class TokenAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The default <see cref="MaxCacheDuration"/>: 5 minutes.</summary>
    public static readonly TimeSpan DefaultMaxCacheDuration = TimeSpan.FromMinutes(5);

    /// <summary>The default <see cref="InvalidTokenCacheDuration"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultInvalidTokenCacheDuration = TimeSpan.FromSeconds(10);

    /// <summary>The request header that carries the token; <c>X-Auth-Token</c> by default.</summary>
    public string TokenHeaderName { get; set; } = AuthHeaderNames.AuthToken;

    /// <summary>
    /// The longest a valid token's validation is kept, even when the token lives longer: a revoked token is accepted
    /// at most this long. Never longer than the token's own lifetime.
    /// </summary>
    public TimeSpan MaxCacheDuration { get; set; } = DefaultMaxCacheDuration;

    /// <summary>How long a token the service refused is answered 401 without asking the service again; zero to always ask.</summary>
    public TimeSpan InvalidTokenCacheDuration { get; set; } = DefaultInvalidTokenCacheDuration;

    /// <inheritdoc />
    /// <exception cref="OptionsValidationException">A setting is out of range; each failure names it.</exception>
    public override void Validate() => Validate(Microsoft.Extensions.Options.Options.DefaultName);

    /// <inheritdoc />
    /// <remarks>Called when the application starts, and again when the options change.</remarks>
    /// <exception cref="OptionsValidationException">A setting is out of range; each failure names it and the scheme.</exception>
    public override void Validate(string scheme)
    {
        // Not base.Validate(scheme): it calls Validate(), which comes back here.
        base.Validate();
        var failures = new List<string>(3);
        if (string.IsNullOrWhiteSpace(TokenHeaderName))
        {
            failures.Add($"{nameof(TokenHeaderName)} is required.");
        }

        if (MaxCacheDuration <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(MaxCacheDuration)} must be positive.");
        }

        if (InvalidTokenCacheDuration < TimeSpan.Zero || InvalidTokenCacheDuration > MaxCacheDuration)
        {
            failures.Add($"{nameof(InvalidTokenCacheDuration)} must be between zero and {nameof(MaxCacheDuration)}.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(scheme, GetType(), failures.Select(failure => $"The '{scheme}' authentication scheme: {failure}"));
        }
    }
}
