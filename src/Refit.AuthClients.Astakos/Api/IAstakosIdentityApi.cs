using Refit.AuthClients.Http;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The Astakos identity API, under the path of <see cref="AstakosClientOptions.AuthUrl"/>. A null <c>token</c>
/// sends the client's own token.
/// </summary>
public interface IAstakosIdentityApi
{
    /// <summary>
    /// <c>POST {auth}/tokens</c> with no body: the service answers in public mode with the service catalog only,
    /// without checking the token.
    /// </summary>
    [Post(AstakosPaths.Identity + "/tokens")]
    [Headers("Content-Type: application/json")]
    Task<AccessDocument> GetEndpointsAsync(
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        [Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {auth}/tokens</c> with a token body: the token, its user and the service catalog.</summary>
    [Post(AstakosPaths.Identity + "/tokens")]
    Task<AccessDocument> AuthenticateAsync(
        [Body] AuthenticateRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        [Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET {auth}/tokens/{tokenId}?belongsTo=</c>: the token and its user; 404 when invalid. Characters not allowed
    /// in a path are escaped, but a <c>/</c> inside the token id is sent as it is: the service's route takes the
    /// rest of the path as the token id.
    /// </summary>
    [Get(AstakosPaths.Identity + "/tokens/{**tokenId}")]
    Task<AccessDocument> ValidateTokenAsync(
        string tokenId,
        [Query, AliasAs("belongsTo")] string? belongsTo = null,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);
}
