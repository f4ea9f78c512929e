using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class PasswordResetApiTests
{
    [Test]
    public async Task RequestAsync_sends_only_the_given_identifier()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/password/reset").WithRawQuery("email=alice%40example.com").RespondEmpty();

        await h.Api<IWazoPasswordResetApi>().RequestAsync(email: "alice@example.com");

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task SetPasswordAsync_sends_the_mail_token_instead_of_the_client_token()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/users/password/reset")
            .WithExactQueryString("user_uuid=" + UserUuid)
            .WithHeaders("X-Auth-Token", "mail-token")
            .WithJsonBody("""{"password": "n3w"}""")
            .RespondEmpty();

        await h.Api<IWazoPasswordResetApi>().SetPasswordAsync(UserUuid, new WazoPasswordReset { Password = "n3w" }, "mail-token");

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task SetPasswordAsync_without_token_uses_the_client_token_and_sends_a_null_password()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/users/password/reset").WithClientToken(TenantUuid).WithJsonBody("""{"password": null}""").RespondEmpty();

        await h.Api<IWazoPasswordResetApi>().SetPasswordAsync(UserUuid, new WazoPasswordReset(), tenant: TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
