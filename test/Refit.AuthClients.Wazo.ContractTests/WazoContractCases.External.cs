using System.Text.Json;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.ContractTests;

public static partial class WazoContractCases
{
    private const string Generic = "generic external-auth call, as mobile";

    private static readonly WazoOAuthAuthorizationRequest ProfileScope = new() { Scope = ["https://www.googleapis.com/auth/userinfo.profile"] };

    private static JsonElement MobileTokens()
    {
        using var document = JsonDocument.Parse("""{"token": "fcm-registration-token", "apns_voip_token": "apns-voip-token"}""");
        return document.RootElement.Clone();
    }

    private static IEnumerable<ContractCase> ExternalCases() =>
    [
        Parsed("GET /external/{auth_type}/config", 200, s => s.Api<IWazoExternalAuthApi>().GetConfigAsync("google", TenantUuid)),
        Done("POST /external/{auth_type}/config", 201, s => s.Api<IWazoExternalAuthApi>().CreateConfigAsync(
            "google", new WazoExternalConfig { ClientId = "a-client-id", ClientSecret = "a-client-secret" }, TenantUuid)),
        Done("PUT /external/{auth_type}/config", 201, s => s.Api<IWazoExternalAuthApi>().UpdateConfigAsync(
            "mobile", new WazoExternalConfig { FcmSenderId = "123456789", UseSandbox = true, IosApnCertificate = "-----BEGIN CERTIFICATE-----" }, TenantUuid)),
        Done("DELETE /external/{auth_type}/config", 204, s => s.Api<IWazoExternalAuthApi>().DeleteConfigAsync("microsoft", TenantUuid)),
        Parsed("GET /external/{auth_type}/users", 200, s => s.Api<IWazoExternalAuthApi>().ListConnectedUsersAsync(
            "google", new WazoListQuery { Recurse = true, Limit = 5, Offset = 10 }, TenantUuid)),
        Parsed("GET /users/{user_uuid}/external", 200, s => s.Api<IWazoExternalAuthApi>().ListForUserAsync(
            UserUuid, new WazoExternalAuthListQuery { Search = "go", Order = "type", Direction = WazoSortDirection.Asc, Limit = 5, Offset = 0 })),
        Parsed("GET /users/{user_uuid}/external/mobile", 200, s => s.Api<IWazoExternalAuthApi>().GetUserDataAsync("mobile", UserUuid), variant: Generic),
        Parsed("POST /users/{user_uuid}/external/mobile", 200, s => s.Api<IWazoExternalAuthApi>().CreateUserDataAsync("mobile", UserUuid, MobileTokens()), variant: Generic),
        Parsed("PUT /users/{user_uuid}/external/mobile", 200, s => s.Api<IWazoExternalAuthApi>().UpdateUserDataAsync("mobile", UserUuid, MobileTokens()), variant: Generic),
        Done("DELETE /users/{user_uuid}/external/mobile", 204, s => s.Api<IWazoExternalAuthApi>().DeleteUserDataAsync("mobile", UserUuid), variant: Generic),
        Parsed("GET /users/{user_uuid}/external/google", 200, s => s.Api<IWazoGoogleAuthApi>().GetAsync(UserUuid, TenantUuid)),
        Parsed("POST /users/{user_uuid}/external/google", 201, s => s.Api<IWazoGoogleAuthApi>().CreateAsync(UserUuid, ProfileScope, TenantUuid)),
        Done("DELETE /users/{user_uuid}/external/google", 204, s => s.Api<IWazoGoogleAuthApi>().DeleteAsync(UserUuid, TenantUuid)),
        Parsed("GET /users/{user_uuid}/external/microsoft", 200, s => s.Api<IWazoMicrosoftAuthApi>().GetAsync(UserUuid)),
        Parsed("POST /users/{user_uuid}/external/microsoft", 201, s => s.Api<IWazoMicrosoftAuthApi>().CreateAsync(
            UserUuid, new WazoOAuthAuthorizationRequest { Scope = ["offline_access", "Contacts.Read"] })),
        Done("DELETE /users/{user_uuid}/external/microsoft", 204, s => s.Api<IWazoMicrosoftAuthApi>().DeleteAsync(UserUuid)),
        Parsed("GET /users/{user_uuid}/external/mobile", 200, s => s.Api<IWazoMobileAuthApi>().GetAsync(UserUuid, TenantUuid)),
        Parsed("POST /users/{user_uuid}/external/mobile", 200, s => s.Api<IWazoMobileAuthApi>().CreateAsync(
            UserUuid, new WazoMobileData { Token = "fcm-registration-token", ApnsVoipToken = "apns-voip-token", ApnsNotificationToken = "apns-alert-token" })),
        Parsed("PUT /users/{user_uuid}/external/mobile", 200, s => s.Api<IWazoMobileAuthApi>().UpdateAsync(
            UserUuid, new WazoMobileData { ApnsCallTopic = "com.example.app.voip", ApnsDefaultTopic = "com.example.app" })),
        Done("DELETE /users/{user_uuid}/external/mobile", 204, s => s.Api<IWazoMobileAuthApi>().DeleteAsync(UserUuid)),
        Parsed("GET /users/{user_uuid}/external/mobile/sender_id", 200, s => s.Api<IWazoMobileAuthApi>().GetSenderIdAsync(UserUuid, TenantUuid)),
    ];

    private static IEnumerable<ContractCase> OtherCases() =>
    [
        Parsed("GET /config", 200, s => s.Api<IWazoConfigApi>().GetAsync(), KnownSpecDefect.ConfigWithoutSchema),
        Parsed("PATCH /config", 200, s => s.Api<IWazoConfigApi>().PatchAsync([WazoConfigPatchOperation.Replace("/debug", true)]), KnownSpecDefect.ConfigPatchValue),
        Done("HEAD /status", 200, s => s.Api<IWazoStatusApi>().CheckAsync()),
    ];
}
