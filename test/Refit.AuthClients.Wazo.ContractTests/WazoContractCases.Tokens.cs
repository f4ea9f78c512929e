using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.ContractTests;

public static partial class WazoContractCases
{
    private static IEnumerable<ContractCase> TokenCases() =>
    [
        Parsed("POST /token", 200, s => s.Api<IWazoTokenApi>().CreateAsync(
            "Basic YWxpY2U6YWxpY2U=", new WazoTokenRequest { Expiration = 3600, AccessType = "offline", ClientId = "my-app" }, "mobile")),
        Parsed("GET /token/{token}", 200, s => s.Api<IWazoTokenApi>().GetAsync(Token, "confd.users.me.read", TenantUuid)),
        Done("HEAD /token/{token}", 204, s => s.Api<IWazoTokenApi>().CheckAsync(Token, "confd.users.me.read", TenantUuid)),
        Done("DELETE /token/{token}", 200, s => s.Api<IWazoTokenApi>().RevokeAsync(Token)),
        Parsed("POST /token/{token}/scopes/check", 200, s => s.Api<IWazoTokenApi>().CheckScopesAsync(
            Token, new WazoScopeCheckRequest { Scopes = ["dird", "confd.users.me.read"], TenantUuid = TenantUuid })),
        Parsed("GET /tokens", 200, s => s.Api<IWazoRefreshTokenApi>().ListAsync(
            new WazoRefreshTokenListQuery { Order = "created_at", Direction = WazoSortDirection.Desc, Limit = 10, Offset = 0, Recurse = true }, TenantUuid)),
        Parsed("GET /users/{user_uuid_or_me}/tokens", 200, s => s.Api<IWazoRefreshTokenApi>().ListForUserAsync(
            "me", new WazoRefreshTokenListQuery { Order = "client_id", Direction = WazoSortDirection.Asc, Limit = 5, Search = "my-app" }, TenantUuid)),
        Done("DELETE /users/{user_uuid_or_me}/tokens/{client_id}", 204, s => s.Api<IWazoRefreshTokenApi>().DeleteForUserAsync(UserUuid, "my-app", TenantUuid)),
    ];
}
