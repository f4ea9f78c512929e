namespace Refit.AuthClients.Reliability.Tests;

/// <summary>A fixture with one fault server, started once and reset before every test.</summary>
public abstract class FaultServerFixture
{
    protected FaultServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer() => Server = await FaultServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await Server.DisposeAsync();

    [SetUp]
    public void ResetServer() => Server.Reset();

    /// <summary>A client of <paramref name="kind"/> on the server, which answers as that client's service.</summary>
    protected ClientUnderTest CreateClient(ClientKind kind, ClientSettings settings)
    {
        Server.SuccessBody = Clients.AnswersOf(kind, Server.Address);
        return Clients.Create(kind, Server.Address, settings);
    }
}
