using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.ContractTests;

public static partial class WazoContractCases
{
    private static IEnumerable<ContractCase> AccessCases() =>
    [
        Parsed("GET /policies", 200, s => s.Api<IWazoPolicyApi>().ListAsync(
            new WazoPolicyListQuery { Search = "user", Order = "name", Direction = WazoSortDirection.Asc, Limit = 10, Offset = 0, Recurse = true }, TenantUuid)),
        Parsed("POST /policies", 200, s => s.Api<IWazoPolicyApi>().CreateAsync(
            new WazoPolicyCreate
            {
                Name = "user", Slug = "user", Description = "The default policy for users", Acl = ["confd.users.me.#", "dird.status.read"], Shared = false,
            },
            TenantUuid)),
        Parsed("GET /policies/{policy_uuid}", 200, s => s.Api<IWazoPolicyApi>().GetAsync(PolicyUuid, TenantUuid)),
        Parsed("PUT /policies/{policy_uuid}", 200, s => s.Api<IWazoPolicyApi>().UpdateAsync(
            PolicyUuid, new WazoPolicyUpdate { Name = "user", Description = "A new description", Acl = ["#"] }, TenantUuid)),
        Done("DELETE /policies/{policy_uuid}", 204, s => s.Api<IWazoPolicyApi>().DeleteAsync(PolicyUuid, TenantUuid)),
        Done("PUT /policies/{policy_uuid}/acl/{access}", 204, s => s.Api<IWazoPolicyApi>().AddAccessAsync(PolicyUuid, "confd.users.me.#", TenantUuid)),
        Done("DELETE /policies/{policy_uuid}/acl/{access}", 204, s => s.Api<IWazoPolicyApi>().RemoveAccessAsync(PolicyUuid, "dird.status.read", TenantUuid)),
        Parsed("GET /groups", 200, s => s.Api<IWazoGroupApi>().ListAsync(
            new WazoGroupListQuery
            {
                Search = "g", Order = "name", Direction = WazoSortDirection.Desc, Limit = 10, Offset = 0, Recurse = false,
                Uuid = GroupUuid, Name = "g1", UserUuid = UserUuid, ReadOnly = false, PolicySlug = "user", PolicyUuid = PolicyUuid,
            },
            TenantUuid)),
        Parsed("POST /groups", 200, s => s.Api<IWazoGroupApi>().CreateAsync(new WazoGroupCreate { Name = "g1", Slug = "g1" }, TenantUuid)),
        Parsed("GET /groups/{group_uuid}", 200, s => s.Api<IWazoGroupApi>().GetAsync(GroupUuid, TenantUuid)),
        Parsed("PUT /groups/{group_uuid}", 200, s => s.Api<IWazoGroupApi>().UpdateAsync(GroupUuid, new WazoGroupUpdate { Name = "new" }, TenantUuid)),
        Done("DELETE /groups/{group_uuid}", 204, s => s.Api<IWazoGroupApi>().DeleteAsync(GroupUuid, TenantUuid)),
        Parsed("GET /groups/{group_uuid}/policies", 200, s => s.Api<IWazoGroupApi>().ListPoliciesAsync(
            GroupUuid, new WazoListQuery { Order = "name", Limit = 10 }, TenantUuid)),
        Done("PUT /groups/{group_uuid}/policies/{policy_uuid}", 204, s => s.Api<IWazoGroupApi>().AddPolicyAsync(GroupUuid, PolicyUuid, TenantUuid)),
        Done("DELETE /groups/{group_uuid}/policies/{policy_uuid}", 204, s => s.Api<IWazoGroupApi>().RemovePolicyAsync(GroupUuid, PolicyUuid, TenantUuid)),
        Parsed("GET /groups/{group_uuid}/users", 200, s => s.Api<IWazoGroupApi>().ListUsersAsync(
            GroupUuid, new WazoListQuery { Order = "username", Direction = WazoSortDirection.Asc, Limit = 10 })),
        Done("PUT /groups/{group_uuid}/users/{user_uuid}", 204, s => s.Api<IWazoGroupApi>().AddUserAsync(GroupUuid, UserUuid)),
        Done("DELETE /groups/{group_uuid}/users/{user_uuid}", 204, s => s.Api<IWazoGroupApi>().RemoveUserAsync(GroupUuid, UserUuid)),
        Parsed("GET /idp", 200, s => s.Api<IWazoIdpApi>().ListAsync(TenantUuid)),
        Done("PUT /idp/{idp_type}/users", 204, s => s.Api<IWazoIdpApi>().AddUsersAsync(
            "saml", new WazoIdpUserList { Users = [new WazoIdpUser { Uuid = UserUuid }] }, TenantUuid)),
        Done("PUT /idp/{idp_type}/users/{user_uuid}", 204, s => s.Api<IWazoIdpApi>().AddUserAsync("ldap", UserUuid)),
        Done("DELETE /idp/{idp_type}/users/{user_uuid}", 204, s => s.Api<IWazoIdpApi>().RemoveUserAsync("ldap", UserUuid)),
        Parsed("GET /sessions", 200, s => s.Api<IWazoSessionApi>().ListAsync(new WazoListQuery { Recurse = true, Limit = 10, Offset = 0 }, TenantUuid)),
        Done("DELETE /sessions/{session_uuid}", 204, s => s.Api<IWazoSessionApi>().DeleteAsync(SessionUuid, TenantUuid)),
    ];

    private static IEnumerable<ContractCase> TenantCases() =>
    [
        Parsed("GET /tenants", 200, s => s.Api<IWazoTenantApi>().ListAsync(
            new WazoTenantListQuery { Search = "foo", Order = "name", Direction = WazoSortDirection.Asc, Limit = 10, Offset = 0, Uuids = [TenantUuid, SubTenantUuid] },
            TenantUuid)),
        Parsed("POST /tenants", 200, s => s.Api<IWazoTenantApi>().CreateAsync(
            new WazoTenantCreate
            {
                Uuid = SubTenantUuid, Name = "foobar", Slug = "slug1", Phone = "555-555-5555", DomainNames = ["wazo.io", "shopify.ca"],
                DefaultAuthenticationMethod = "native",
                Address = new WazoTenantAddress { Line1 = "Here", City = "Québec", State = "Québec", Country = "Canada", ZipCode = "H0H 0H0" },
            },
            TenantUuid)),
        Parsed("GET /tenants/{tenant_uuid}", 200, s => s.Api<IWazoTenantApi>().GetAsync(SubTenantUuid, TenantUuid)),
        Parsed("PUT /tenants/{tenant_uuid}", 200, s => s.Api<IWazoTenantApi>().UpdateAsync(
            SubTenantUuid, new WazoTenantUpdate { Name = "foobar", Contact = UserUuid, DomainNames = ["wazo.io"], DefaultAuthenticationMethod = "saml" })),
        Done("DELETE /tenants/{tenant_uuid}", 204, s => s.Api<IWazoTenantApi>().DeleteAsync(SubTenantUuid, TenantUuid)),
        Parsed("GET /tenants/{tenant_uuid}/domains", 200, s => s.Api<IWazoTenantApi>().ListDomainsAsync(SubTenantUuid)),
        Done("PUT /tenants/{tenant_uuid}/parent/{parent_tenant_uuid}", 204, s => s.Api<IWazoTenantApi>().UpdateParentAsync(SubTenantUuid, TenantUuid)),
    ];
}
