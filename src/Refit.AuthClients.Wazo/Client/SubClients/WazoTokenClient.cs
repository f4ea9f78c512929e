using System.Net;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoTokenClient(
    IWazoTokenApi api,
    IWazoRefreshTokenApi refreshTokens,
    WazoClientTenant tenants,
    WazoAuthClientOptions options) : IWazoTokenClient
{
    public Task<WazoToken> CreateAsync(
        string? backend = null,
        int? expiration = null,
        string? sessionType = null,
        string? accessType = null,
        string? clientId = null,
        string? refreshToken = null,
        string? username = null,
        string? password = null,
        string? tenantId = null,
        string? domainName = null,
        string? samlSessionId = null,
        CancellationToken cancellationToken = default)
    {
        var request = new WazoTokenRequest
        {
            Backend = backend,
            Expiration = expiration,
            AccessType = accessType,
            ClientId = clientId,
            RefreshToken = refreshToken,
            TenantId = tenantId,
            DomainName = domainName,
            SamlSessionId = samlSessionId,
        };
        WazoTokenCredentials.Check(request, requestParam: null);
        return SendCreateAsync(request, username, password, sessionType, cancellationToken);
    }

    public Task<WazoToken> CreateAsync(
        WazoTokenRequest request,
        string? username = null,
        string? password = null,
        string? sessionType = null,
        CancellationToken cancellationToken = default)
    {
        WazoTokenCredentials.Check(WazoArguments.Required(request, nameof(request)), nameof(request));
        return SendCreateAsync(request, username, password, sessionType, cancellationToken);
    }

    public async Task<WazoToken> GetAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default)
    {
        var response = await WazoAnswers.Required(
            () => api.GetAsync(
                WazoArguments.Text(token, nameof(token)),
                WazoArguments.Optional(requiredAcl, nameof(requiredAcl)),
                WazoArguments.Optional(tenant, nameof(tenant)),
                cancellationToken)).ConfigureAwait(false);
        return response.Data!; // An answer without token data was refused as it was read (WazoTokenAnswer).
    }

    public async Task<bool> IsValidAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default)
    {
        var check = SendCheck(token, requiredAcl, tenant, cancellationToken);
        try
        {
            await check.ConfigureAwait(false);
            return true;
        }
        catch (WazoAuthException refused) when (StatusOf(refused) is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> CheckAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default)
    {
        var check = SendCheck(token, requiredAcl, tenant, cancellationToken);
        try
        {
            await check.ConfigureAwait(false);
            return true;
        }
        catch (WazoAuthException unknown) when (StatusOf(unknown) is HttpStatusCode.NotFound)
        {
            throw new InvalidTokenException(unknown.Info, unknown);
        }
        catch (WazoAuthException refused) when (StatusOf(refused) is HttpStatusCode.Forbidden)
        {
            throw new MissingPermissionsTokenException(refused.Info, refused);
        }
    }

    public async Task<IReadOnlyDictionary<string, bool>> CheckScopesAsync(
        string token,
        IEnumerable<string> scopes,
        string? tenant = null,
        CancellationToken cancellationToken = default)
    {
        var asked = WazoArguments.Texts(scopes, nameof(scopes));
        var request = new WazoScopeCheckRequest { Scopes = asked, TenantUuid = WazoArguments.Optional(tenant, nameof(tenant)) };
        var result = await WazoAnswers.Required(
            () => api.CheckScopesAsync(WazoArguments.Text(token, nameof(token)), request, cancellationToken: cancellationToken),
            answer => Array.Find(asked, scope => !answer.Scopes.ContainsKey(scope)) is { } missing
                ? $"The answer has no result for the scope '{missing}' that was asked."
                : null).ConfigureAwait(false);
        return result.Scopes;
    }

    public async Task RevokeAsync(string token, CancellationToken cancellationToken = default)
    {
        var revoke = api.RevokeAsync(WazoArguments.Text(token, nameof(token)), cancellationToken);
        try
        {
            await revoke.ConfigureAwait(false);
        }
        catch (WazoAuthException unknown) when (StatusOf(unknown) is HttpStatusCode.NotFound)
        {
            // Only a token that is not a UUID gets a 404: there is nothing to revoke.
        }
    }

    public Task<WazoList<WazoRefreshToken>> ListAsync(
        string userUuid,
        WazoRefreshTokenListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        RefreshTokensOf(userUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoRefreshToken> ListAllAsync(
        string userUuid,
        WazoRefreshTokenListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        RefreshTokensOf(userUuid).All(query, pageSize, tenant, cancellationToken);

    public Task DeleteAsync(string userUuid, string clientId, string? tenant = null, CancellationToken cancellationToken = default) =>
        refreshTokens.DeleteForUserAsync(
            WazoArguments.Text(userUuid, nameof(userUuid)),
            WazoArguments.Text(clientId, nameof(clientId)),
            tenants.Resolve(tenant),
            cancellationToken);

    private static HttpStatusCode? StatusOf(WazoAuthException error) => error.Kind == AuthErrorKind.HttpStatus ? error.StatusCode : null;

    private async Task<WazoToken> SendCreateAsync(
        WazoTokenRequest request,
        string? username,
        string? password,
        string? sessionType,
        CancellationToken cancellationToken)
    {
        var authorization = WazoTokenCredentials.Authorization(request, username, password, options);
        var response = await WazoAnswers.Required(
            () => api.CreateAsync(authorization, request, WazoArguments.Optional(sessionType, nameof(sessionType)), cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return response.Data!; // An answer without token data was refused as it was read (WazoTokenAnswer).
    }

    private Task SendCheck(string token, string? requiredAcl, string? tenant, CancellationToken cancellationToken) =>
        api.CheckAsync(
            WazoArguments.Text(token, nameof(token)),
            WazoArguments.Optional(requiredAcl, nameof(requiredAcl)),
            WazoArguments.Optional(tenant, nameof(tenant)),
            cancellationToken);

    private WazoListing<WazoRefreshTokenListQuery, WazoRefreshToken> RefreshTokensOf(string userUuid) =>
        WazoListing.Under<WazoRefreshTokenListQuery, WazoRefreshToken>(
            userUuid, nameof(userUuid), refreshTokens.ListForUserAsync, tenants);
}
