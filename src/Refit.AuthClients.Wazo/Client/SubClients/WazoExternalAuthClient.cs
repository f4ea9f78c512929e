using System.Text.Json;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoExternalAuthClient(IWazoExternalAuthApi api, IWazoMobileAuthApi mobile, WazoClientTenant tenants) : IWazoExternalAuthClient
{
    public Task<JsonElement> CreateAsync(
        string authType,
        string userUuid,
        JsonElement data,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        SendUserData(api.CreateUserDataAsync, authType, userUuid, data, tenant, cancellationToken);

    public Task<JsonElement> GetAsync(string authType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Object(
            () => api.GetUserDataAsync(
                WazoArguments.Text(authType, nameof(authType)),
                WazoArguments.Text(userUuid, nameof(userUuid)),
                tenants.Resolve(tenant),
                cancellationToken));

    public Task<JsonElement> UpdateAsync(
        string authType,
        string userUuid,
        JsonElement data,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        SendUserData(api.UpdateUserDataAsync, authType, userUuid, data, tenant, cancellationToken);

    public Task DeleteAsync(string authType, string userUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteUserDataAsync(
            WazoArguments.Text(authType, nameof(authType)),
            WazoArguments.Text(userUuid, nameof(userUuid)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task<WazoList<WazoExternalAuth>> ListAsync(
        string userUuid,
        WazoExternalAuthListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        UserAuths(userUuid).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoExternalAuth> ListAllAsync(
        string userUuid,
        WazoExternalAuthListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        UserAuths(userUuid).All(query, pageSize, tenant, cancellationToken);

    public Task<WazoList<WazoExternalAuthUser>> ListConnectedUsersAsync(
        string authType,
        WazoListQuery? query = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        ConnectedUsers(authType).Page(query, tenant, cancellationToken);

    public IAsyncEnumerable<WazoExternalAuthUser> ListAllConnectedUsersAsync(
        string authType,
        WazoListQuery? query = null,
        int pageSize = WazoPaging.DefaultPageSize,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        ConnectedUsers(authType).All(query, pageSize, tenant, cancellationToken);

    public Task CreateConfigAsync(string authType, WazoExternalConfig config, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.CreateConfigAsync(
            WazoArguments.Text(authType, nameof(authType)),
            WazoArguments.Required(config, nameof(config)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task<WazoExternalConfig> GetConfigAsync(string authType, string? tenant = null, CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => api.GetConfigAsync(WazoArguments.Text(authType, nameof(authType)), tenants.Resolve(tenant), cancellationToken));

    public Task UpdateConfigAsync(string authType, WazoExternalConfig config, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.UpdateConfigAsync(
            WazoArguments.Text(authType, nameof(authType)),
            WazoArguments.Required(config, nameof(config)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task DeleteConfigAsync(string authType, string? tenant = null, CancellationToken cancellationToken = default) =>
        api.DeleteConfigAsync(WazoArguments.Text(authType, nameof(authType)), tenants.Resolve(tenant), cancellationToken);

    public async Task<string?> GetMobileSenderIdAsync(string userUuid, string? tenant = null, CancellationToken cancellationToken = default)
    {
        var answer = await WazoAnswers.Required(
            () => mobile.GetSenderIdAsync(WazoArguments.Text(userUuid, nameof(userUuid)), tenants.Resolve(tenant), cancellationToken)).ConfigureAwait(false);
        return answer.SenderId;
    }

    private Task<JsonElement> SendUserData(
        Func<string, string, JsonElement, string?, CancellationToken, Task<JsonElement>> send,
        string authType,
        string userUuid,
        JsonElement data,
        string? tenant,
        CancellationToken cancellationToken) =>
        WazoAnswers.Object(
            () => send(
                WazoArguments.Text(authType, nameof(authType)),
                WazoArguments.Text(userUuid, nameof(userUuid)),
                WazoArguments.JsonObject(data, nameof(data)),
                tenants.Resolve(tenant),
                cancellationToken));

    private WazoListing<WazoExternalAuthListQuery, WazoExternalAuth> UserAuths(string userUuid) =>
        WazoListing.Under<WazoExternalAuthListQuery, WazoExternalAuth>(userUuid, nameof(userUuid), api.ListForUserAsync, tenants);

    private WazoListing<WazoListQuery, WazoExternalAuthUser> ConnectedUsers(string authType) =>
        WazoListing.Under<WazoListQuery, WazoExternalAuthUser>(authType, nameof(authType), api.ListConnectedUsersAsync, tenants);
}
