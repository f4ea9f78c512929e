using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class UserRegistrationApiTests
{
    [Test]
    public async Task RegisterAsync_posts_the_new_user_and_reads_it()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/users/register")
            .WithJsonBody("""{"username": "alice", "password": "s3cr37", "email_address": "alice@example.com"}""")
            .RespondJson(User);

        var user = await h.Api<IWazoUserRegistrationApi>().RegisterAsync(
            new WazoUserRegistration { Username = "alice", Password = "s3cr37", EmailAddress = "alice@example.com" });

        Assert.That(user.Uuid, Is.EqualTo(UserUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
