using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// Every fault × {an idempotent read, a POST that creates} × both clients, through the DI-registered facades with
/// retries on: the exact outcome, the attempts the server saw (at most one for a create it may have processed), and
/// that no secret reaches a log line or an exception.
/// </summary>
[TestFixture]
public sealed class FaultMatrixTests : FaultServerFixture
{
    private static readonly MatrixReport Report = new();

    private FaultServer _elsewhere = null!;

    public static IEnumerable<TestCaseData> Cells() =>
        from client in Enum.GetValues<ClientKind>()
        from operation in Enum.GetValues<Operation>()
        from fault in Enum.GetValues<Fault>()
        where fault is not (Fault.None or Fault.Status401 or Fault.Status503WithRetryAfter)
        select new TestCaseData(client, operation, fault).SetName($"Matrix {client} {operation} {fault}");

    [OneTimeSetUp]
    public async Task StartTheOtherHost()
    {
        _elsewhere = await FaultServer.StartAsync();
        Server.RedirectTarget = new Uri(_elsewhere.Address, "elsewhere/landing");
    }

    [OneTimeTearDown]
    public async Task PrintTableAndStopTheOtherHost()
    {
        // Shown by `dotnet test ... --logger "console;verbosity=normal"`; also kept next to the test assembly.
        var table = Report.Render();
        await TestContext.Progress.WriteLineAsync(table);
        await File.WriteAllTextAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "fault-matrix.md"), table);
        await _elsewhere.DisposeAsync();
    }

    [SetUp]
    public void ResetTheOtherHost() => _elsewhere.Reset();

    [TestCaseSource(nameof(Cells))]
    public async Task Cell(ClientKind kind, Operation operation, Fault fault)
    {
        var expected = Expectation.For(fault, operation, kind);
        var settings = fault == Fault.StallPastTimeout ? ClientSettings.ShortTimeout : ClientSettings.Matrix;
        Server.SuccessBody = Clients.AnswersOf(kind, Server.Address);
        // A refused connection: a server of its own answers what the operation needs first (discovery), then goes
        // away, so that the operation itself meets the closed port.
        await using var vanishing = expected.RetriedUnreached ? await FaultServer.StartAsync() : null;
        if (vanishing is not null)
        {
            vanishing.SuccessBody = Clients.AnswersOf(kind, vanishing.Address);
        }

        await using var client = Clients.Create(kind, vanishing?.Address ?? Server.Address, settings);
        var path = client.PathOf(operation);
        if (vanishing is not null)
        {
            await client.PrepareAsync(operation);
            await vanishing.DisposeAsync();
        }
        else
        {
            Server.ScriptPath(path, fault);
        }

        Exception? error = null;
        try
        {
            await client.RunAsync(operation);
        }
        catch (AssertionException)
        {
            Report.Record(fault, client.Describe(operation), "ok, with a wrong result", passed: false);
            throw;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        var passed = false;
        try
        {
            AssertCell(client, operation, fault, expected, error);
            passed = true;
        }
        finally
        {
            Report.Record(fault, client.Describe(operation), Summarize(client, operation, error), passed);
        }
    }

    private void AssertCell(ClientUnderTest client, Operation operation, Fault fault, Expectation expected, Exception? error)
    {
        var path = client.PathOf(operation);
        var prerequisite = client.PrerequisitePathOf(operation);
        Assert.Multiple(() =>
        {
            if (expected.Outcome == Outcome.Success)
            {
                Assert.That(error, Is.Null, "the call should have succeeded after a retry");
            }
            else
            {
                Assert.That(error, Is.TypeOf(client.ExceptionTypeOf(expected.Outcome)), $"exception of {fault}");
            }

            Assert.That(Server.HitsOn(path), Is.EqualTo(expected.ServerAttempts), "attempts the server saw");
            if (operation == Operation.Create)
            {
                Assert.That(Server.HitsOn(path), Is.AtMost(1), "a create must reach the server at most once");
            }

            if (expected.RetriedUnreached)
            {
                Assert.That(client.Attempts.On(path), Is.EqualTo(1 + Expectation.Retries), "a refused connection is retried");
                if (prerequisite is not null)
                {
                    Assert.That(client.Attempts.On(prerequisite), Is.EqualTo(1), "one discovery, before the server went away");
                }
            }
            else
            {
                Assert.That(client.Attempts.On(path), Is.EqualTo(expected.ServerAttempts), "attempts the client made");
                if (prerequisite is not null)
                {
                    Assert.That(Server.HitsOn(prerequisite), Is.EqualTo(1), "one discovery, untouched by the fault");
                }

                foreach (var header in client.SecretHeadersOf(operation))
                {
                    Assert.That(Server.ReceivedHeaders, Has.Member(header), "the secret was really sent");
                }
            }

            AssertKindAndStatus(fault, error as AuthClientException);
            Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
            if (operation == Operation.Read)
            {
                Assert.That(client.Logs.Lines, Has.Some.Contains(Secrets.Masked(path)), "the call was logged, its token masked");
            }

            Secrets.AssertAbsentFrom(Secrets.TextsOf(error), "the exception");
            Assert.That(client.Logs.Lines, Is.Not.Empty, "the logs were captured");
            if (fault == Fault.RedirectToAnotherHost)
            {
                Assert.That(_elsewhere.Requests, Is.Zero, "the redirect was not followed");
                Secrets.AssertAbsentFrom(_elsewhere.ReceivedHeaders, "the other host");
            }
        });
    }

    private void AssertKindAndStatus(Fault fault, AuthClientException? error)
    {
        if (error is null)
        {
            return;
        }

        switch (fault)
        {
            case Fault.Status429WithRetryAfter:
                Assert.That(error.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.TooManyRequests));
                Assert.That(error.Info.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)), "Retry-After is reported");
                break;
            case Fault.RedirectToAnotherHost:
                Assert.That(error.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Found));
                Assert.That(error.Info.RedirectLocation, Is.EqualTo(new Uri(_elsewhere.Address, "elsewhere/landing").ToString()));
                break;
            case Fault.Status500 or Fault.Status502 or Fault.Status503 or Fault.Status504 or Fault.Status408 or Fault.Html502:
                Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.HttpStatus));
                Assert.That((int?)error.StatusCode, Is.EqualTo(StatusOf(fault)));
                break;
            case Fault.ConnectionRefused or Fault.ResetAfterHeaders or Fault.ResetMidBody:
                Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.Connection));
                break;
            case Fault.StallPastTimeout:
                Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.Timeout));
                break;
            default:
                Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.InvalidResponse));
                break;
        }
    }

    private static int StatusOf(Fault fault) => fault switch
    {
        Fault.Status500 => 500,
        Fault.Status503 => 503,
        Fault.Status504 => 504,
        Fault.Status408 => 408,
        _ => 502,
    };

    private string Summarize(ClientUnderTest client, Operation operation, Exception? error)
    {
        var path = client.PathOf(operation);
        var prerequisite = client.PrerequisitePathOf(operation);
        // Discovery attempts beyond the one that succeeded show with the operation's.
        var attempts = client.Attempts.On(path) + (prerequisite is null ? 0 : Math.Max(0, client.Attempts.On(prerequisite) - 1));
        var seen = $"srv {Server.HitsOn(path)}/try {attempts}";
        return error is null ? $"ok ({seen})" : $"{error.GetType().Name} ({seen})";
    }
}
