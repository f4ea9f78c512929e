using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class UserEmailApiTests
{
    [Test]
    public async Task UpdateAsync_puts_the_addresses_without_confirmed_and_reads_the_list()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/users/{UserUuid}/emails")
            .WithClientToken()
            .WithJsonBody("""{"emails": [{"address": "foobar@example.com", "main": true}]}""")
            .RespondJson(Emails);

        var emails = await h.Api<IWazoUserEmailApi>().UpdateAsync(
            UserUuid, new WazoEmailAddressList { Emails = [new WazoEmailAddressUpdate { Address = "foobar@example.com", Main = true }] });

        Assert.That(emails.Single().Address, Is.EqualTo("foobar@example.com"));
        Assert.That(emails[0].Confirmed, Is.False);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AdminUpdateAsync_puts_the_addresses_with_confirmed()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/admin/users/{UserUuid}/emails")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""{"emails": [{"address": "foobar@example.com", "main": true, "confirmed": true}]}""")
            .RespondJson(Emails);

        var emails = await h.Api<IWazoUserEmailApi>().AdminUpdateAsync(
            UserUuid,
            new WazoEmailAddressList { Emails = [new WazoEmailAddressUpdate { Address = "foobar@example.com", Main = true, Confirmed = true }] },
            TenantUuid);

        Assert.That(emails.Single().Uuid, Is.EqualTo(EmailUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AdminUpdateAsync_with_an_empty_list_sends_an_empty_list()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/admin/users/{UserUuid}/emails").WithJsonBody("""{"emails": []}""").RespondJson("[]");

        var emails = await h.Api<IWazoUserEmailApi>().AdminUpdateAsync(UserUuid, new WazoEmailAddressList { Emails = [] });

        Assert.That(emails, Is.Empty);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RequestConfirmationAsync_gets_the_confirm_resource()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/emails/{EmailUuid}/confirm").WithClientToken().RespondEmpty();

        await h.Api<IWazoUserEmailApi>().RequestConfirmationAsync(UserUuid, EmailUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
