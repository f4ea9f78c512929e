using System.Text.Json;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>Every facade method refuses a missing or blank required argument, naming it, before any request.</summary>
public class ArgumentTests
{
    private const string U = UserUuid;

    private static IEnumerable<TestCaseData> BadCalls()
    {
        var data = JsonDocument.Parse("{}").RootElement;
        var notAnObject = JsonDocument.Parse("[]").RootElement;
        var config = new WazoExternalConfig();
        var email = new WazoEmailAddressUpdate { Address = "a@example.com", Main = true };
        yield return Bad("Admin.UpdateUserEmailsAsync", c => c.Admin.UpdateUserEmailsAsync(U, [new WazoEmailAddressUpdate { Address = " " }]), "emails");
        yield return Bad("Config.GetAsync", c => c.Config.GetAsync(" "), "tenant");
        yield return Bad("Config.PatchAsync", c => c.Config.PatchAsync([]), "operations");
        yield return Bad("Emails.ConfirmAsync", c => c.Emails.ConfirmAsync(""), "emailUuid");
        yield return Bad("External.CreateAsync", c => c.External.CreateAsync("foo", U, notAnObject), "data");
        yield return Bad("External.GetAsync", c => c.External.GetAsync(" ", U), "authType");
        yield return Bad("External.UpdateAsync", c => c.External.UpdateAsync("foo", null!, data), "userUuid");
        yield return Bad("External.DeleteAsync", c => c.External.DeleteAsync("foo", " "), "userUuid");
        yield return Bad("External.ListAsync", c => c.External.ListAsync(""), "userUuid");
        yield return Bad("External.ListConnectedUsersAsync", c => c.External.ListConnectedUsersAsync(" "), "authType");
        yield return Bad("External.CreateConfigAsync", c => c.External.CreateConfigAsync("foo", null!), "config");
        yield return Bad("External.GetConfigAsync", c => c.External.GetConfigAsync(""), "authType");
        yield return Bad("External.UpdateConfigAsync", c => c.External.UpdateConfigAsync(" ", config), "authType");
        yield return Bad("External.DeleteConfigAsync", c => c.External.DeleteConfigAsync(null!), "authType");
        yield return Bad("External.GetMobileSenderIdAsync", c => c.External.GetMobileSenderIdAsync(" "), "userUuid");
        yield return Bad("Groups.ListAsync", c => c.Groups.ListAsync(tenant: ""), "tenant");
        yield return Bad("Groups.CreateAsync", c => c.Groups.CreateAsync(new WazoGroupCreate { Name = " " }), "group");
        yield return Bad("Groups.GetAsync", c => c.Groups.GetAsync(" "), "groupUuid");
        yield return Bad("Groups.UpdateAsync", c => c.Groups.UpdateAsync(GroupUuid, null!), "group");
        yield return Bad("Groups.DeleteAsync", c => c.Groups.DeleteAsync(""), "groupUuid");
        yield return Bad("Groups.GetPoliciesAsync", c => c.Groups.GetPoliciesAsync(" "), "groupUuid");
        yield return Bad("Groups.AddPolicyAsync", c => c.Groups.AddPolicyAsync(GroupUuid, " "), "policyUuid");
        yield return Bad("Groups.RemovePolicyAsync", c => c.Groups.RemovePolicyAsync(" ", PolicyUuid), "groupUuid");
        yield return Bad("Groups.GetUsersAsync", c => c.Groups.GetUsersAsync(""), "groupUuid");
        yield return Bad("Groups.AddUserAsync", c => c.Groups.AddUserAsync(GroupUuid, ""), "userUuid");
        yield return Bad("Groups.RemoveUserAsync", c => c.Groups.RemoveUserAsync(GroupUuid, null!), "userUuid");
        yield return Bad("Idp.ListAsync", c => c.Idp.ListAsync(" "), "tenant");
        yield return Bad("Idp.AddUserAsync", c => c.Idp.AddUserAsync(" ", U), "idpType");
        yield return Bad("Idp.AddUsersAsync", c => c.Idp.AddUsersAsync("saml", []), "userUuids");
        yield return Bad("Idp.RemoveUserAsync", c => c.Idp.RemoveUserAsync("saml", " "), "userUuid");
        yield return Bad("LdapConfig.GetAsync", c => c.LdapConfig.GetAsync(""), "tenant");
        yield return Bad("LdapConfig.UpdateAsync", c => c.LdapConfig.UpdateAsync(new WazoLdapConfigUpdate { Host = " ", Port = 389, UserBaseDn = "b", UserLoginAttribute = "uid", UserEmailAttribute = "mail" }), "config");
        yield return Bad("LdapConfig.DeleteAsync", c => c.LdapConfig.DeleteAsync(" "), "tenant");
        yield return Bad("Policies.ListAsync", c => c.Policies.ListAsync(tenant: " "), "tenant");
        yield return Bad("Policies.CreateAsync", c => c.Policies.CreateAsync(new WazoPolicyCreate { Name = "" }), "policy");
        yield return Bad("Policies.GetAsync", c => c.Policies.GetAsync(" "), "policyUuid");
        yield return Bad("Policies.UpdateAsync", c => c.Policies.UpdateAsync(PolicyUuid, null!), "policy");
        yield return Bad("Policies.DeleteAsync", c => c.Policies.DeleteAsync(""), "policyUuid");
        yield return Bad("Policies.AddAccessAsync", c => c.Policies.AddAccessAsync(PolicyUuid, "confd.users/me"), "access");
        yield return Bad("Policies.RemoveAccessAsync", c => c.Policies.RemoveAccessAsync(PolicyUuid, " "), "access");
        yield return Bad("RefreshTokens.ListAsync", c => c.RefreshTokens.ListAsync(tenant: " "), "tenant");
        yield return Bad("Saml.SsoAsync", c => c.Saml.SsoAsync(" ", new Uri("https://example.com")), "domain");
        yield return Bad("Saml.AcsAsync", c => c.Saml.AcsAsync("response", ""), "relayState");
        yield return Bad("Saml.LogoutAsync", c => c.Saml.LogoutAsync(" "), "tenant");
        yield return Bad("SamlConfig.GetAsync", c => c.SamlConfig.GetAsync(" "), "tenant");
        yield return Bad("SamlConfig.CreateAsync", c => c.SamlConfig.CreateAsync("d", "e", new Uri("https://a"), null!), "metadata");
        yield return Bad("SamlConfig.UpdateAsync", c => c.SamlConfig.UpdateAsync(), "domainUuid");
        yield return Bad("SamlConfig.DeleteAsync", c => c.SamlConfig.DeleteAsync(""), "tenant");
        yield return Bad("SamlConfig.GetAcsTemplateAsync", c => c.SamlConfig.GetAcsTemplateAsync(" "), "tenant");
        yield return Bad("SamlConfig.GetMetadataAsync", c => c.SamlConfig.GetMetadataAsync(" "), "tenant");
        yield return Bad("Sessions.ListAsync", c => c.Sessions.ListAsync(tenant: " "), "tenant");
        yield return Bad("Sessions.DeleteAsync", c => c.Sessions.DeleteAsync(" "), "sessionUuid");
        yield return Bad("Tenants.ListAsync", c => c.Tenants.ListAsync(tenant: ""), "tenant");
        yield return Bad("Tenants.CreateAsync", c => c.Tenants.CreateAsync(null!), "newTenant");
        yield return Bad("Tenants.GetAsync", c => c.Tenants.GetAsync(" "), "tenantUuid");
        yield return Bad("Tenants.UpdateAsync", c => c.Tenants.UpdateAsync(SubTenantUuid, null!), "update");
        yield return Bad("Tenants.DeleteAsync", c => c.Tenants.DeleteAsync(""), "tenantUuid");
        yield return Bad("Tenants.GetDomainsAsync", c => c.Tenants.GetDomainsAsync(" "), "tenantUuid");
        yield return Bad("Tenants.UpdateParentAsync", c => c.Tenants.UpdateParentAsync(SubTenantUuid, " "), "parentUuid");
        yield return Bad("Token.CreateAsync", c => c.Token.CreateAsync(sessionType: " "), "sessionType");
        yield return Bad("Token.GetAsync", c => c.Token.GetAsync(" "), "token");
        yield return Bad("Token.IsValidAsync", c => c.Token.IsValidAsync(""), "token");
        yield return Bad("Token.CheckAsync", c => c.Token.CheckAsync(Token, requiredAcl: " "), "requiredAcl");
        yield return Bad("Token.CheckScopesAsync", c => c.Token.CheckScopesAsync(Token, ["dird", " "]), "scopes");
        yield return Bad("Token.RevokeAsync", c => c.Token.RevokeAsync(null!), "token");
        yield return Bad("Token.ListAsync", c => c.Token.ListAsync(null!), "userUuid");
        yield return Bad("Token.DeleteAsync", c => c.Token.DeleteAsync("me", " "), "clientId");
        yield return Bad("Users.ListAsync", c => c.Users.ListAsync(tenant: " "), "tenant");
        yield return Bad("Users.CreateAsync", c => c.Users.CreateAsync(null!), "user");
        yield return Bad("Users.RegisterAsync", c => c.Users.RegisterAsync(new WazoUserRegistration { Username = "a", Password = "p", EmailAddress = " " }), "registration");
        yield return Bad("Users.GetAsync", c => c.Users.GetAsync(""), "userUuid");
        yield return Bad("Users.UpdateAsync", c => c.Users.UpdateAsync(U, null!), "user");
        yield return Bad("Users.DeleteAsync", c => c.Users.DeleteAsync(" "), "userUuid");
        yield return Bad("Users.ChangePasswordAsync", c => c.Users.ChangePasswordAsync(U, "old", ""), "newPassword");
        yield return Bad("Users.ResetPasswordAsync", c => c.Users.ResetPasswordAsync(username: "alice", email: "alice@example.com"), "username");
        yield return Bad("Users.SetPasswordAsync", c => c.Users.SetPasswordAsync(U, "", "mail-token"), "password");
        yield return Bad("Users.UpdateEmailsAsync", c => c.Users.UpdateEmailsAsync(U, [email, null!]), "emails");
        yield return Bad("Users.RequestConfirmationEmailAsync", c => c.Users.RequestConfirmationEmailAsync(U, " "), "emailUuid");
        yield return Bad("Users.AddPolicyAsync", c => c.Users.AddPolicyAsync(" ", PolicyUuid), "userUuid");
        yield return Bad("Users.RemovePolicyAsync", c => c.Users.RemovePolicyAsync(U, ""), "policyUuid");
        yield return Bad("Users.GetGroupsAsync", c => c.Users.GetGroupsAsync(" "), "userUuid");
        yield return Bad("Users.GetPoliciesAsync", c => c.Users.GetPoliciesAsync(U, tenant: " "), "tenant");
        yield return Bad("Users.GetSessionsAsync", c => c.Users.GetSessionsAsync(""), "userUuid");
        yield return Bad("Users.RemoveSessionAsync", c => c.Users.RemoveSessionAsync(U, " "), "sessionUuid");
    }

    [TestCaseSource(nameof(BadCalls))]
    public async Task Refuses_the_argument_before_any_request(Func<IWazoAuthClient, Task> call, string paramName)
    {
        using var h = FacadeHarness.Create();

        var thrown = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), async () => await call(h.Client));

        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(paramName));
        Assert.That(h.Mock.GetMatchCount(h.Mock.Fallback), Is.Zero, "no request was sent");
    }

    [Test]
    public void Every_method_with_an_argument_has_a_case()
    {
        var methods = typeof(IWazoAuthClient).GetProperties()
            .Where(p => p.PropertyType.IsInterface)
            .SelectMany(p => p.PropertyType.GetMethods()
                .Where(m => !FacadeRequestTests.IsPagingCompanion(m) && m.GetParameters().Length > 1)
                .Select(m => $"{p.Name}.{m.Name}"));

        Assert.That(BadCalls().Select(c => c.TestName), Is.EquivalentTo(methods.Distinct()));
    }

    private static TestCaseData Bad(string name, Func<IWazoAuthClient, Task> call, string paramName) =>
        new TestCaseData(call, paramName).SetName(name);
}
