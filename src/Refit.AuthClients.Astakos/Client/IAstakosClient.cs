namespace Refit.AuthClients.Astakos;

/// <summary>
/// The Astakos client: identity, user catalogs, quotas, commissions, projects and memberships. It acts with the
/// configured token (options or token source) unless obtained from <see cref="ForToken"/>. Every failure is an
/// <see cref="AstakosClientException"/>; missing required arguments throw <see cref="ArgumentException"/> before any
/// request.
/// </summary>
public partial interface IAstakosClient
{
    /// <summary>
    /// A client acting with <paramref name="token"/> instead of the configured one, sharing this client's connections
    /// and service catalog (e.g. a service checking its users' tokens).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or blank.</exception>
    IAstakosClient ForToken(string token);

    /// <summary>
    /// Authenticates the client's token (<c>POST {auth}/tokens</c>) and returns it with its user and the service
    /// catalog, which also refreshes the client's catalog.
    /// </summary>
    /// <param name="tenantName">The scope to ask for (the user's UUID); none when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="UnauthorizedException">The token is invalid or expired.</exception>
    /// <exception cref="InvalidOperationException">The client has no token.</exception>
    Task<AstakosAccess> AuthenticateAsync(string? tenantName = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user of <paramref name="token"/> (an authentication with that token) and, when <paramref name="usage"/> is
    /// true, that user's quotas.
    /// </summary>
    /// <param name="token">The token to look up.</param>
    /// <param name="usage">Whether to add the user's quotas.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<UserInfo> GetUserInfoAsync(string token, bool usage = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks <paramref name="tokenId"/> (<c>GET {auth}/tokens/{tokenId}</c>) and returns it with its user.
    /// </summary>
    /// <param name="tokenId">
    /// The token to check. Characters not allowed in a path are escaped; a <c>/</c> in it is sent as it is.
    /// </param>
    /// <param name="belongsTo">A scope the token must belong to; none when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="tokenId"/> is empty or blank, or has a <c>.</c> or <c>..</c> part between slashes.</exception>
    /// <exception cref="NotFoundException">The token is unknown, expired or outside <paramref name="belongsTo"/>.</exception>
    Task<AstakosAccess> ValidateTokenAsync(string tokenId, string? belongsTo = null, CancellationToken cancellationToken = default);

    /// <summary>The service catalog (public-mode <c>POST {auth}/tokens</c>); also refreshes the client's catalog.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<AstakosAccess> GetEndpointsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the OAuth2 endpoint for a token (<c>POST {oauth2}/token</c>, client credentials in Basic auth). Never
    /// repeated: an authorization code can be used once.
    /// </summary>
    /// <param name="grantType">The grant type, e.g. <c>authorization_code</c>.</param>
    /// <param name="clientId">The OAuth2 client id.</param>
    /// <param name="clientSecret">The OAuth2 client secret.</param>
    /// <param name="parameters">More form fields, e.g. <c>code</c> and <c>redirect_uri</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NoEndpointsException">The service catalog has no <c>astakos_oauth2</c> service.</exception>
    Task<OAuth2Token> GetTokenAsync(
        string grantType,
        string clientId,
        string clientSecret,
        IReadOnlyDictionary<string, string>? parameters = null,
        CancellationToken cancellationToken = default);
}
