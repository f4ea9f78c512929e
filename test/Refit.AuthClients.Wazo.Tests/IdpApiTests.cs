using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class IdpApiTests
{
    [Test]
    public async Task ListAsync_reads_the_types_as_strings()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/idp").WithClientToken().RespondJson(Idp);

        var list = await h.Api<IWazoIdpApi>().ListAsync();

        Assert.That(list.Items, Is.EqualTo(new[] { "ldap", "native", "saml", "default" }));
        Assert.That(list.Total, Is.EqualTo(4));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListAsync_also_reads_the_spec_type_objects()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/idp").RespondJson("""{"total": 2, "filtered": 2, "items": [{"type": "ldap"}, "saml"]}""");

        var list = await h.Api<IWazoIdpApi>().ListAsync();

        Assert.That(list.Items, Is.EqualTo(new[] { "ldap", "saml" }));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AddUsersAsync_puts_the_users_with_the_token()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/idp/saml/users")
            .WithClientToken(TenantUuid)
            .WithJsonBody($$"""{"users": [{"uuid": "{{UserUuid}}"}]}""")
            .RespondEmpty();

        await h.Api<IWazoIdpApi>().AddUsersAsync("saml", new WazoIdpUserList { Users = [new WazoIdpUser { Uuid = UserUuid }] }, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AddUserAsync_puts_the_association()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/idp/ldap/users/{UserUuid}").WithoutBody().RespondEmpty();

        await h.Api<IWazoIdpApi>().AddUserAsync("ldap", UserUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RemoveUserAsync_deletes_the_association()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/idp/ldap/users/{UserUuid}").WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoIdpApi>().RemoveUserAsync("ldap", UserUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
