using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class LdapConfigApiTests
{
    [Test]
    public async Task GetAsync_reads_the_configuration()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends/ldap").WithClientToken(TenantUuid).RespondJson(LdapConfig);

        var config = await h.Api<IWazoLdapConfigApi>().GetAsync(TenantUuid);

        Assert.Multiple(() =>
        {
            Assert.That(config.TenantUuid, Is.EqualTo(TenantUuid));
            Assert.That(config.Host, Is.EqualTo("localhost"));
            Assert.That(config.Port, Is.EqualTo(389));
            Assert.That(config.ProtocolVersion, Is.EqualTo(3));
            Assert.That(config.ProtocolSecurity, Is.Null);
            Assert.That(config.SearchFilters, Is.EqualTo("{user_login_attribute}={username}"));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_reads_an_absent_configuration_as_all_null()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends/ldap").RespondJson(LdapConfigNone);

        var config = await h.Api<IWazoLdapConfigApi>().GetAsync();

        Assert.That(new object?[] { config.Host, config.Port, config.UserBaseDn, config.TenantUuid }, Is.All.Null);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_the_configuration_without_null_fields()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/backends/ldap").WithClientToken(TenantUuid).WithJsonBody(LdapConfigRequest).RespondJson(LdapConfig);

        var config = await h.Api<IWazoLdapConfigApi>().UpdateAsync(
            new WazoLdapConfigUpdate
            {
                Host = "localhost", Port = 389, ProtocolVersion = 3, BindDn = "uid=admin,ou=people,dc=wazo-platform,dc=io", BindPassword = "super-secret",
                UserBaseDn = "ou=people,dc=wazo-platform,dc=io", UserLoginAttribute = "uid", UserEmailAttribute = "mail",
                SearchFilters = "{user_login_attribute}={username}",
            },
            TenantUuid);

        Assert.That(config.BindDn, Is.EqualTo("uid=admin,ou=people,dc=wazo-platform,dc=io"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_configuration()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/backends/ldap").WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoLdapConfigApi>().DeleteAsync(TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
