using System.Text.Json.Nodes;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class LdapConfigApiTests
{
    // The configuration of the LdapConfigRequest example, with no protocol security.
    private static readonly WazoLdapConfigUpdate Update = new()
    {
        Host = "localhost", Port = 389, ProtocolVersion = 3, BindDn = "uid=admin,ou=people,dc=wazo-platform,dc=io", BindPassword = "super-secret",
        UserBaseDn = "ou=people,dc=wazo-platform,dc=io", UserLoginAttribute = "uid", UserEmailAttribute = "mail",
        SearchFilters = "{user_login_attribute}={username}",
    };

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

    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase("ldaps", "ldaps")]
    public async Task GetAsync_reads_an_empty_or_null_protocol_security_as_none(string? answered, string? read)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends/ldap").WithClientToken().RespondJson(WithProtocolSecurity(LdapConfig, answered));

        var config = await h.Api<IWazoLdapConfigApi>().GetAsync();

        Assert.That(config.ProtocolSecurity, Is.EqualTo(read));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_the_whole_configuration_with_a_null_protocol_security_for_none()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/backends/ldap").WithClientToken(TenantUuid).WithJsonBody(LdapConfigRequest).RespondJson(LdapConfig);

        var config = await h.Api<IWazoLdapConfigApi>().UpdateAsync(Update, TenantUuid);

        Assert.That(config.BindDn, Is.EqualTo("uid=admin,ou=people,dc=wazo-platform,dc=io"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase("ldaps", "ldaps")]
    [TestCase("tls", "tls")]
    [TestCase("", null)]
    public async Task UpdateAsync_sends_the_protocol_security_chosen_and_an_empty_one_as_null(string chosen, string? sent)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/backends/ldap").WithJsonBody(WithProtocolSecurity(LdapConfigRequest, sent)).RespondJson(LdapConfig);

        await h.Api<IWazoLdapConfigApi>().UpdateAsync(Update with { ProtocolSecurity = chosen });

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

    // The example with its protocol_security replaced: the string given, or JSON null for null.
    private static string WithProtocolSecurity(string json, string? value)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body["protocol_security"] = value;
        return body.ToJsonString();
    }
}
