namespace Refit.AuthClients.Astakos.Tests;

/// <summary>Base of the tests that run against a fresh <see cref="AstakosHarness"/> each.</summary>
public abstract class HarnessFixture
{
    internal AstakosHarness Harness { get; private set; } = null!;

    internal IAstakosClient Client => Harness.Client;

    /// <summary>Options for the harness of every test of the fixture.</summary>
    internal virtual void Configure(AstakosClientOptions options)
    {
    }

    [SetUp]
    public void CreateHarness() => Harness = new AstakosHarness(Configure);

    [TearDown]
    public void DisposeHarness() => Harness.Dispose();

    /// <summary>Expects discovery, then a call to the discovered account API.</summary>
    internal MockedRequest ExpectAccount(HttpMethod method, string path, string token = AstakosHarness.Token)
    {
        Harness.ExpectDiscovery();
        return Harness.Expect(method, AstakosHarness.Account + path, token);
    }

    /// <summary>Checks that every expected request was made, in order.</summary>
    internal void VerifyRequests() => Harness.Mock.VerifyNoOutstandingExpectation();
}
