using System.Text;

namespace Refit.AuthClients.Astakos;

/// <summary>Identity and OAuth2 calls.</summary>
public sealed partial class AstakosClient
{
    private const string TokensPath = AstakosPaths.Identity + "/tokens";
    private const string OAuth2TokenPath = AstakosPaths.OAuth2 + "/token";

    /// <inheritdoc />
    public async Task<AstakosAccess> AuthenticateAsync(string? tenantName = null, CancellationToken cancellationToken = default)
    {
        Arguments.Optional(tenantName, nameof(tenantName));
        var token = await ActingTokenAsync(cancellationToken).ConfigureAwait(false);
        return await AuthenticateAsync(token, tenantName, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<UserInfo> GetUserInfoAsync(string token, bool usage = false, CancellationToken cancellationToken = default)
    {
        Arguments.Text(token, nameof(token));
        var access = await AuthenticateAsync(token, null, cancellationToken).ConfigureAwait(false);
        var user = Required(access.User, HttpMethod.Post, TokensPath, "\"access.user\"");
        var tokenInfo = Required(access.Token, HttpMethod.Post, TokensPath, "\"access.token\"");
        var quotas = usage ? await QuotasAsync(token, cancellationToken).ConfigureAwait(false) : null;
        return new UserInfo(tokenInfo, user, quotas);
    }

    /// <inheritdoc />
    public async Task<AstakosAccess> ValidateTokenAsync(string tokenId, string? belongsTo = null, CancellationToken cancellationToken = default)
    {
        Arguments.TokenId(tokenId, nameof(tokenId));
        Arguments.Optional(belongsTo, nameof(belongsTo));
        var document = await _apis.Identity.ValidateTokenAsync(tokenId, belongsTo, _token, cancellationToken).ConfigureAwait(false);
        return Required(document?.Access, HttpMethod.Get, TokensPath + "/" + tokenId, "\"access\"");
    }

    /// <inheritdoc />
    public async Task<AstakosAccess> GetEndpointsAsync(CancellationToken cancellationToken = default)
    {
        var document = await _apis.Identity.GetEndpointsAsync(_token, cancellationToken: cancellationToken).ConfigureAwait(false);
        var access = Required(document?.Access, HttpMethod.Post, TokensPath, "\"access\"");
        _endpoints.Remember(access.ServiceCatalog);
        return access;
    }

    /// <inheritdoc />
    public async Task<OAuth2Token> GetTokenAsync(
        string grantType,
        string clientId,
        string clientSecret,
        IReadOnlyDictionary<string, string>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        Arguments.Text(grantType, nameof(grantType));
        Arguments.Text(clientId, nameof(clientId));
        Arguments.Text(clientSecret, nameof(clientSecret));
        var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["grant_type"] = grantType };
        foreach (var (name, value) in parameters ?? new Dictionary<string, string>())
        {
            Arguments.Text(name, nameof(parameters));
            ArgumentNullException.ThrowIfNull(value, nameof(parameters));
            form.TryAdd(name, value);
        }

        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        var token = Required(
            await _apis.OAuth2.GetTokenAsync(form, "Basic " + credentials, _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Post,
            OAuth2TokenPath,
            "token");
        return string.IsNullOrEmpty(token.AccessToken)
            ? throw Invalid(HttpMethod.Post, OAuth2TokenPath, "the token answer has no \"access_token\".")
            : token;
    }

    private async Task<AstakosAccess> AuthenticateAsync(string token, string? tenantName, CancellationToken cancellationToken)
    {
        var document = await _apis.Identity
            .AuthenticateAsync(AuthenticateRequest.ForToken(token, tenantName), token, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var access = Required(document?.Access, HttpMethod.Post, TokensPath, "\"access\"");
        _endpoints.Remember(access.ServiceCatalog);
        return access;
    }
}
