namespace Refit.AuthClients.Astakos.Tests;

public sealed class ForTokenTests : HarnessFixture
{
    [Test]
    public async Task ForTokenSendsTheOtherTokenAndSharesTheCatalog()
    {
        ExpectAccount(HttpMethod.Get, "/quotas", token: "other-token").Respond("application/json", Fixtures.QuotasResponse);
        Harness.Expect(HttpMethod.Get, AstakosHarness.Account + "/quotas").Respond("application/json", Fixtures.QuotasResponse);

        await Client.ForToken("other-token").GetQuotasAsync();
        await Client.GetQuotasAsync();

        VerifyRequests();
    }

    [Test]
    public async Task ForTokenAuthenticatesTheOtherToken()
    {
        Harness.Expect(HttpMethod.Post, AstakosHarness.Identity + "/tokens", token: "other-token")
            .WithJson("""{"auth": {"token": {"id": "other-token"}}}""")
            .Respond("application/json", Fixtures.AuthenticateResponse);

        await Client.ForToken("other-token").AuthenticateAsync();

        VerifyRequests();
    }

    [Test]
    public async Task ForTokenValidatesWithTheOtherToken()
    {
        Harness.Expect(HttpMethod.Get, AstakosHarness.Identity + "/tokens/user-token-2", token: "service-token")
            .Respond("application/json", Fixtures.ValidateTokenResponse);

        await Client.ForToken("service-token").ValidateTokenAsync("user-token-2");

        VerifyRequests();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void ForTokenNeedsAToken(string? token) =>
        Assert.That(() => Client.ForToken(token!), Throws.InstanceOf<ArgumentException>());
}

public sealed class TokenlessClientTests : HarnessFixture
{
    internal override void Configure(AstakosClientOptions options) => options.Token = null;

    [Test]
    public async Task DiscoveryGoesOutWithoutTokenWhenNoneIsConfigured()
    {
        var discovery = Harness.Mock.Expect(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens")
            .With(r => !r.Headers.Contains("X-Auth-Token"))
            .Respond("application/json", Fixtures.DiscoveryFixture);
        Harness.Expect(HttpMethod.Post, AstakosHarness.Account + "/service/user_catalogs", token: "service-token")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        await Client.ForToken("service-token").ServiceGetUsernamesAsync(["u1"]);

        VerifyRequests();
        Assert.That(Harness.Mock.GetMatchCount(discovery), Is.EqualTo(1));
    }

    [Test]
    public void AuthenticatingWithoutATokenFailsBeforeAnyRequest() =>
        Assert.That(async () => await Client.AuthenticateAsync(), Throws.InstanceOf<InvalidOperationException>());
}
