using Refit.AuthClients.Wazo.Errors;

namespace Refit.AuthClients.Reliability.Tests.Wazo;

/// <summary>
/// The self-renewing wazo-auth token under faults: a creation that fails fails the call that needed it, typed and
/// without a secret in sight, and the next call creates the token; a token the service rejects is renewed once and
/// the call repeated.
/// </summary>
[TestFixture]
public sealed class AutoRenewedTokenTests : FaultServerFixture
{
    private const string CreatedTokenHeader = "X-Auth-Token: " + WazoServiceAnswers.CreatedToken;

    [TestCase(Fault.Status503)]
    [TestCase(Fault.Html502)]
    [TestCase(Fault.ResetMidBody)]
    [TestCase(Fault.TruncatedJson)]
    [TestCase(Fault.Empty200)]
    public async Task AFailedCreationFailsOnlyTheCallThatNeededIt(Fault fault)
    {
        await using var client = CreateAutoRenewed();
        Server.ScriptPath(WazoServiceAnswers.CreateTokenPath, fault);

        var failure = await Assert.CatchAsync(() => client.Client.Users.ListAsync());
        var users = await client.Client.Users.ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(failure, Is.InstanceOf<WazoAuthException>(), "the creation's typed failure");
            Assert.That(users.Items, Has.Count.EqualTo(1));
            Assert.That(Server.HitsOn(WazoServiceAnswers.CreateTokenPath), Is.EqualTo(2), "the failed creation, then one more");
            Assert.That(Server.HitsOn(WazoServiceAnswers.UsersPath), Is.EqualTo(1), "no call went out without a token");
            Assert.That(Server.ReceivedHeaders, Has.Some.StartsWith(CreatedTokenHeader), "the created token was used");
            Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
            Secrets.AssertAbsentFrom(Secrets.TextsOf(failure), "the exception");
        });
    }

    [Test]
    public async Task ARejectedTokenIsRenewedOnceAndTheCallRepeated()
    {
        await using var client = CreateAutoRenewed();
        Server.ScriptPath(WazoServiceAnswers.UsersPath, Fault.Status401);

        var users = await client.Client.Users.ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(users.Items, Has.Count.EqualTo(1));
            Assert.That(Server.HitsOn(WazoServiceAnswers.CreateTokenPath), Is.EqualTo(2), "the first token, then its renewal");
            Assert.That(Server.HitsOn(WazoServiceAnswers.UsersPath), Is.EqualTo(2), "refused once, repeated once");
            Assert.That(
                Server.ReceivedHeaders.Where(h => h.StartsWith(CreatedTokenHeader, StringComparison.Ordinal)).Distinct().Count(),
                Is.EqualTo(2),
                "the repeat carried the new token");
            Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
        });
    }

    [Test]
    public async Task ATokenRejectedAgainAfterItsRenewalEndsInTheUnauthorizedException()
    {
        await using var client = CreateAutoRenewed();
        Server.ScriptPath(WazoServiceAnswers.UsersPath, Fault.Status401, Fault.Status401);

        var failure = await Assert.CatchAsync(() => client.Client.Users.ListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(failure, Is.TypeOf<WazoAuthUnauthorizedException>());
            Assert.That(Server.HitsOn(WazoServiceAnswers.UsersPath), Is.EqualTo(2), "repeated once, not in a loop");
            Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
            Secrets.AssertAbsentFrom(Secrets.TextsOf(failure), "the exception");
        });
    }

    private WazoUnderTest CreateAutoRenewed()
    {
        Server.SuccessBody = WazoServiceAnswers.For;
        return new WazoUnderTest(Server.Address, ClientSettings.Matrix, autoRenewedToken: true);
    }
}
