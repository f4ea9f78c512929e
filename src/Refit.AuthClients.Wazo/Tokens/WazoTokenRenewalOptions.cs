namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>
/// How <see cref="WazoRenewingTokenSource"/> creates and renews its token: with a login and password, or with a
/// refresh token and the client id it was issued to.
/// </summary>
public sealed class WazoTokenRenewalOptions
{
    /// <summary>The longest default renewal margin: 60 seconds.</summary>
    public static readonly TimeSpan MaxDefaultRenewalMargin = TimeSpan.FromSeconds(60);

    /// <summary>The login. With the registration, the client's <see cref="Options.WazoAuthClientOptions.Username"/> when null (and no refresh token is set).</summary>
    public string? Username { get; set; }

    /// <summary>The password. Never shown. With the registration, the client's <see cref="Options.WazoAuthClientOptions.Password"/> when null (and no refresh token is set).</summary>
    public string? Password { get; set; }

    /// <summary>A refresh token to create tokens with instead of a login and password. Never shown.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The application the refresh token was issued to; required with <see cref="RefreshToken"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The lifetime asked for each token, in seconds (1 to 315360000); the server's default (7200) when null.</summary>
    public int? Expiration { get; set; }

    /// <summary><c>mobile</c> or <c>desktop</c>, sent as <c>Wazo-Session-Type</c>; not sent when null.</summary>
    public string? SessionType { get; set; }

    /// <summary>
    /// How long before its expiry a token is replaced. When null (the default), 10% of the token's lifetime, at most
    /// <see cref="MaxDefaultRenewalMargin"/>. Never more than half the lifetime.
    /// </summary>
    public TimeSpan? RenewalMargin { get; set; }

    /// <summary>The wait after a first failed creation; it doubles with each further failure (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two failed creations.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How old a token must be before a <c>401</c> renews it. wazo services also answer 401 for a missing ACL: a token
    /// that was just created is not the problem then, and renewing it on every such answer would flood wazo-auth.
    /// </summary>
    public TimeSpan RejectionCooldown { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether disposing the source revokes its token (<c>DELETE /token/{token}</c>).</summary>
    public bool RevokeOnDispose { get; set; }

    /// <summary>Whether a refresh token, rather than a login and password, creates the tokens.</summary>
    internal bool UsesRefreshToken => !string.IsNullOrEmpty(RefreshToken);

    /// <summary>Adds to <paramref name="errors"/> what is wrong with these settings.</summary>
    /// <param name="errors">Where the problems go.</param>
    public void Validate(ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var hasLogin = !string.IsNullOrEmpty(Username) || !string.IsNullOrEmpty(Password);
        if (UsesRefreshToken)
        {
            if (string.IsNullOrWhiteSpace(ClientId))
            {
                errors.Add($"{nameof(ClientId)} is required with {nameof(RefreshToken)}.");
            }

            if (hasLogin)
            {
                errors.Add($"Give either {nameof(RefreshToken)} or {nameof(Username)} and {nameof(Password)}, not both.");
            }
        }
        else if (string.IsNullOrEmpty(Username) || string.IsNullOrEmpty(Password))
        {
            errors.Add($"A renewed token needs {nameof(Username)} and {nameof(Password)} (here or in the client's options), or {nameof(RefreshToken)} and {nameof(ClientId)}.");
        }

        if (Expiration is < 1 or > 315360000)
        {
            errors.Add($"{nameof(Expiration)} must be between 1 and 315360000 seconds.");
        }

        if (RenewalMargin < TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero || RejectionCooldown < TimeSpan.Zero)
        {
            errors.Add($"{nameof(RenewalMargin)}, {nameof(RetryBaseDelay)}, {nameof(MaxRetryDelay)} and {nameof(RejectionCooldown)} cannot be negative.");
        }
    }

    /// <summary>Never shows the password or the refresh token.</summary>
    public override string ToString() =>
        $"{nameof(WazoTokenRenewalOptions)} {{ Username = {Username ?? "none"}, Password = {(Password is null ? "none" : "***")}, "
        + $"RefreshToken = {(RefreshToken is null ? "none" : "***")}, ClientId = {ClientId ?? "none"}, Expiration = {Expiration}, "
        + $"RenewalMargin = {RenewalMargin}, RevokeOnDispose = {RevokeOnDispose} }}";
}
