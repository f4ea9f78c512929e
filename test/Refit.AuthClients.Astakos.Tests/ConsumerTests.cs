using System.Net;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos.Tests;

/// <summary>An application service that greets users by name, as a consumer of the SDK would write it.</summary>
public sealed class Greeter(IAstakosClient astakos)
{
    public async Task<string> GreetAsync(string uuid, CancellationToken cancellationToken = default)
    {
        try
        {
            return $"Hello, {await astakos.GetUsernameAsync(uuid, cancellationToken)}!";
        }
        catch (NoUserNameException)
        {
            return "Hello, stranger!";
        }
    }
}

public sealed class ConsumerTests
{
    [Test]
    public async Task TheClientInterfaceCanBeMockedInAnApplicationService()
    {
        var astakos = Substitute.For<IAstakosClient>();
        astakos.GetUsernameAsync("u1", Arg.Any<CancellationToken>()).Returns("user1@example.com");
        astakos.GetUsernameAsync("u2", Arg.Any<CancellationToken>())
            .ThrowsAsync(new NoUserNameException(new AuthErrorInfo(AuthErrorKind.HttpStatus, "POST", "/account/v1.0/user_catalogs", HttpStatusCode.OK), "u2"));
        var greeter = new Greeter(astakos);

        Assert.That(await greeter.GreetAsync("u1"), Is.EqualTo("Hello, user1@example.com!"));
        Assert.That(await greeter.GreetAsync("u2"), Is.EqualTo("Hello, stranger!"));
        await astakos.Received(1).GetUsernameAsync("u1", Arg.Any<CancellationToken>());
    }
}
