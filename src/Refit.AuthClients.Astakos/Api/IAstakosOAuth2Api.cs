using Refit.AuthClients.Http;

namespace Refit.AuthClients.Astakos;

/// <summary>The Astakos OAuth2 API, under the discovered <c>astakos_oauth2</c> path.</summary>
public interface IAstakosOAuth2Api
{
    /// <summary>
    /// <c>POST {oauth2}/token</c> with a form body and the client's credentials in <c>Authorization: Basic</c>.
    /// Never repeated: an authorization code can be used once.
    /// </summary>
    [Post(AstakosPaths.OAuth2 + "/token")]
    Task<OAuth2Token> GetTokenAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        [Header("Authorization")] string authorization,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);
}
