using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.ContractTests;

public static partial class WazoContractCases
{
    private static readonly WazoEmailAddressList Emails = new() { Emails = [new WazoEmailAddressUpdate { Address = "alice@example.com", Main = true }] };

    private static IEnumerable<ContractCase> UserCases() =>
    [
        Parsed("GET /users", 200, s => s.Api<IWazoUserApi>().ListAsync(
            new WazoUserListQuery
            {
                Search = "alice", Order = "username", Direction = WazoSortDirection.Asc, Limit = 10, Offset = 0, Recurse = true,
                HasPolicySlug = "wazo-default-user-policy", PolicyUuid = PolicyUuid,
            },
            TenantUuid)),
        Parsed("POST /users", 200, s => s.Api<IWazoUserApi>().CreateAsync(
            new WazoUserCreate
            {
                Username = "alice", Password = "s3cr37", Firstname = "Alice", Lastname = "Liddell", EmailAddress = "alice@example.com",
                Purpose = "user", Enabled = true, AuthenticationMethod = "default",
            },
            TenantUuid)),
        Parsed("GET /users/{user_uuid}", 200, s => s.Api<IWazoUserApi>().GetAsync(UserUuid, TenantUuid)),
        Parsed("PUT /users/{user_uuid}", 200, s => s.Api<IWazoUserApi>().UpdateAsync(
            UserUuid, new WazoUserUpdate { Username = "alice", Firstname = "Alice", Lastname = "Liddell", Purpose = "user", Enabled = true, AuthenticationMethod = "native" })),
        Done("DELETE /users/{user_uuid}", 204, s => s.Api<IWazoUserApi>().DeleteAsync(UserUuid, TenantUuid)),
        Done("PUT /users/{user_uuid}/password", 204, s => s.Api<IWazoUserApi>().ChangePasswordAsync(
            UserUuid, new WazoPasswordChange { OldPassword = "s3cr37", NewPassword = "n3w-s3cr37" })),
        Parsed("GET /users/{user_uuid}/groups", 200, s => s.Api<IWazoUserApi>().ListGroupsAsync(
            UserUuid, new WazoListQuery { Order = "name", Direction = WazoSortDirection.Asc, Limit = 10, Offset = 0, Search = "g" }, TenantUuid)),
        Parsed("GET /users/{user_uuid}/policies", 200, s => s.Api<IWazoUserApi>().ListPoliciesAsync(
            UserUuid, new WazoListQuery { Order = "name", Limit = 10 }, TenantUuid)),
        Done("PUT /users/{user_uuid}/policies/{policy_uuid}", 204, s => s.Api<IWazoUserApi>().AddPolicyAsync(UserUuid, PolicyUuid, TenantUuid)),
        Done("DELETE /users/{user_uuid}/policies/{policy_uuid}", 204, s => s.Api<IWazoUserApi>().RemovePolicyAsync(UserUuid, "wazo-default-user-policy")),
        Parsed("GET /users/{user_uuid}/sessions", 200, s => s.Api<IWazoUserApi>().ListSessionsAsync(
            UserUuid, new WazoListQuery { Limit = 10, Offset = 20 }, TenantUuid)),
        Done("DELETE /users/{user_uuid}/sessions/{session_uuid}", 204, s => s.Api<IWazoUserApi>().DeleteSessionAsync(UserUuid, SessionUuid)),
        Parsed("PUT /users/{user_uuid}/emails", 200, s => s.Api<IWazoUserEmailApi>().UpdateAsync(UserUuid, Emails), KnownSpecDefect.EmailItemRequiresAddresses),
        Parsed("PUT /admin/users/{user_uuid}/emails", 200, s => s.Api<IWazoUserEmailApi>().AdminUpdateAsync(
            UserUuid,
            new WazoEmailAddressList { Emails = [new WazoEmailAddressUpdate { Address = "alice@example.com", Main = true, Confirmed = true }] },
            TenantUuid),
            KnownSpecDefect.EmailItemRequiresAddresses),
        Done("GET /users/{user_uuid}/emails/{email_uuid}/confirm", 204, s => s.Api<IWazoUserEmailApi>().RequestConfirmationAsync(UserUuid, EmailUuid)),
        Done("PUT /emails/{email_uuid}/confirm", 204, s => s.Api<IWazoEmailApi>().ConfirmAsync(EmailUuid)),
        Parsed("GET /emails/{email_uuid}/confirm", 200, s => s.Api<IWazoEmailApi>().ConfirmFromLinkAsync(EmailUuid, Token)),
        Done("GET /users/password/reset", 204, s => s.Api<IWazoPasswordResetApi>().RequestAsync(username: "alice")),
        Done("POST /users/password/reset", 204, s => s.Api<IWazoPasswordResetApi>().SetPasswordAsync(
            UserUuid, new WazoPasswordReset { Password = "n3w-s3cr37" }, Token)),
        Parsed("POST /users/register", 200, s => s.Api<IWazoUserRegistrationApi>().RegisterAsync(
            new WazoUserRegistration { Username = "alice", Password = "s3cr37", EmailAddress = "alice@example.com", Firstname = "Alice", Lastname = "Liddell" })),
    ];
}
