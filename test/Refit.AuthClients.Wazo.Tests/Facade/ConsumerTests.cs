using NSubstitute;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>How an application tests its own code over the client: the interfaces are mocked, no HTTP involved.</summary>
public class ConsumerTests
{
    [Test]
    public async Task An_app_service_over_the_facade_is_tested_with_a_mocked_client()
    {
        var client = Substitute.For<IWazoAuthClient>();
        var tokens = Substitute.For<IWazoTokenClient>();
        client.Token.Returns(tokens);
        tokens.IsValidAsync("good", "confd.users.read", null, Arg.Any<CancellationToken>()).Returns(true);
        tokens.IsValidAsync("bad", "confd.users.read", null, Arg.Any<CancellationToken>()).Returns(false);
        var gate = new ReportGate(client);

        Assert.That(await gate.MayReadUsersAsync("good"), Is.True);
        Assert.That(await gate.MayReadUsersAsync("bad"), Is.False);
        await tokens.Received(2).IsValidAsync(Arg.Any<string>(), "confd.users.read", null, Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task An_app_service_over_a_refit_interface_is_tested_with_a_mocked_interface()
    {
        var users = Substitute.For<IWazoUserApi>();
        users.GetAsync(UserUuid, TenantUuid, Arg.Any<CancellationToken>())
            .Returns(new WazoUser { Uuid = UserUuid, Firstname = "Alice", Lastname = "Doe" });
        var directory = new UserDirectory(users);

        var name = await directory.DisplayNameAsync(UserUuid, TenantUuid);

        Assert.That(name, Is.EqualTo("Alice Doe"));
    }

    /// <summary>An application's service: lets a caller see reports when its token may read users.</summary>
    private sealed class ReportGate(IWazoAuthClient wazo)
    {
        public Task<bool> MayReadUsersAsync(string token) => wazo.Token.IsValidAsync(token, "confd.users.read");
    }

    /// <summary>An application's service that uses a Refit interface directly.</summary>
    private sealed class UserDirectory(IWazoUserApi users)
    {
        public async Task<string> DisplayNameAsync(string userUuid, string tenant)
        {
            var user = await users.GetAsync(userUuid, tenant);
            return $"{user.Firstname} {user.Lastname}";
        }
    }
}
