using System.Net;
using System.Text;
using Refit.AuthClients.Wazo.Api;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class EmailApiTests
{
    [Test]
    public async Task ConfirmAsync_puts_the_confirmation_with_the_client_token()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/emails/{EmailUuid}/confirm").WithClientToken().WithoutBody().RespondEmpty();

        await h.Api<IWazoEmailApi>().ConfirmAsync(EmailUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ConfirmFromLinkAsync_sends_the_token_in_the_query_and_hands_back_the_html_page()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/emails/{EmailUuid}/confirm")
            .WithExactQueryString("token=mail-token")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("<html><body>Confirmed</body></html>", Encoding.UTF8, "text/html"),
            });

        using var response = await h.Api<IWazoEmailApi>().ConfirmFromLinkAsync(EmailUuid, "mail-token");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Confirmed"));
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
