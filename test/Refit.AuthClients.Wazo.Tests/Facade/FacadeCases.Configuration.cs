using System.Text.Json;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private static IEnumerable<FacadeCall> ConfigurationCalls()
    {
        yield return FacadeCall.Of("Backends.ListAsync", c => c.Backends.ListAsync(), Get, "/backends", (IReadOnlyList<string> names) => Assert.That(names, Is.EqualTo(new[] { "wazo_user", "ldap_user" })))
            with { Answer = Backends };
        yield return FacadeCall.Of("Status.CheckAsync", c => c.Status.CheckAsync(), Head, "/status") with { Status = System.Net.HttpStatusCode.OK };
        yield return FacadeCall.Of("Config.GetAsync", c => c.Config.GetAsync(Sub), Get, "/config", (JsonElement config) => Assert.That(config.GetProperty("debug").GetBoolean(), Is.False))
            with { Tenant = Sub, Answer = Config };
        yield return FacadeCall.Of(
            "Config.PatchAsync",
            c => c.Config.PatchAsync([WazoConfigPatchOperation.Replace("/debug", true)], Sub),
            HttpMethod.Patch,
            "/config",
            (JsonElement config) => Assert.That(config.GetProperty("debug").GetBoolean(), Is.True)) with
        {
            Tenant = Sub,
            Body = """[{"op": "replace", "path": "/debug", "value": true}]""",
            Answer = Config.Replace("\"debug\": false", "\"debug\": true", StringComparison.Ordinal),
        };
        yield return FacadeCall.Of("Emails.ConfirmAsync", c => c.Emails.ConfirmAsync(EmailUuid, Sub), Put, $"/emails/{EmailUuid}/confirm") with { Tenant = Sub };
        yield return FacadeCall.Of("Idp.ListAsync", c => c.Idp.ListAsync(Sub), Get, "/idp", (WazoIdpList list) => Assert.That(list.Items, Is.EqualTo(new[] { "ldap", "native", "saml", "default" })))
            with { Tenant = Sub, Answer = Idp };
        yield return FacadeCall.Of("Idp.AddUserAsync", c => c.Idp.AddUserAsync("saml", UserUuid, Sub), Put, "/idp/saml/users/" + UserUuid) with { Tenant = Sub };
        yield return FacadeCall.Of("Idp.AddUsersAsync", c => c.Idp.AddUsersAsync("saml", [UserUuid], Sub), Put, "/idp/saml/users")
            with { Tenant = Sub, Body = $$"""{"users": [{"uuid": "{{UserUuid}}"}]}""" };
        yield return FacadeCall.Of("Idp.RemoveUserAsync", c => c.Idp.RemoveUserAsync("saml", UserUuid, Sub), Delete, "/idp/saml/users/" + UserUuid) with { Tenant = Sub };
        yield return FacadeCall.Of("LdapConfig.GetAsync", c => c.LdapConfig.GetAsync(Sub), Get, "/backends/ldap", (WazoLdapConfig config) => Assert.That(config.Host, Is.Null))
            with { Tenant = Sub, Answer = LdapConfigNone };
        yield return FacadeCall.Of(
            "LdapConfig.UpdateAsync",
            c => c.LdapConfig.UpdateAsync(
                new WazoLdapConfigUpdate
                {
                    Host = "localhost",
                    Port = 389,
                    ProtocolVersion = 3,
                    BindDn = "uid=admin,ou=people,dc=wazo-platform,dc=io",
                    BindPassword = "super-secret",
                    UserBaseDn = "ou=people,dc=wazo-platform,dc=io",
                    UserLoginAttribute = "uid",
                    UserEmailAttribute = "mail",
                    SearchFilters = "{user_login_attribute}={username}",
                },
                Sub),
            Put,
            "/backends/ldap",
            (WazoLdapConfig config) => Assert.That((config.TenantUuid, config.Port), Is.EqualTo((TenantUuid, (int?)389)))) with
        {
            Tenant = Sub,
            Body = LdapConfigRequest,
            Answer = LdapConfig,
        };
        yield return FacadeCall.Of("LdapConfig.DeleteAsync", c => c.LdapConfig.DeleteAsync(Sub), Delete, "/backends/ldap") with { Tenant = Sub };
    }
}
