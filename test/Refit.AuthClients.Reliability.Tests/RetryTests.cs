using System.Diagnostics;
using System.Net;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// What the matrix's one-fault cells cannot show: that <c>Retry-After</c> is really waited for (up to
/// <c>MaxRetryDelay</c>), and that a fault that persists ends, after every retry, in the client's typed exception.
/// </summary>
[TestFixture]
public sealed class RetryTests : FaultServerFixture
{
    public static IEnumerable<ClientKind> Kinds() => Enum.GetValues<ClientKind>();

    [TestCaseSource(nameof(Kinds))]
    public async Task ARetryWaitsTheRetryAfterTheServiceAsksFor(ClientKind kind)
    {
        var elapsed = await TimeReadAfterRetryAfterAsync(kind, maxRetryDelay: TimeSpan.FromSeconds(1));

        // Backoff alone would wait about a millisecond: only Retry-After (1 s) explains this wait.
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)));
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task MaxRetryDelayCapsTheRetryAfter(ClientKind kind)
    {
        var elapsed = await TimeReadAfterRetryAfterAsync(kind, maxRetryDelay: TimeSpan.FromMilliseconds(50));

        Assert.That(elapsed, Is.LessThan(TimeSpan.FromMilliseconds(900)));
    }

    public static IEnumerable<TestCaseData> PersistentFaults() =>
        from kind in Kinds()
        from fault in new[] { (Fault.Status503, Outcome.HttpStatus), (Fault.ResetMidBody, Outcome.Connection), (Fault.Html502, Outcome.HttpStatus) }
        select new TestCaseData(kind, fault.Item1, fault.Item2);

    [TestCaseSource(nameof(PersistentFaults))]
    public async Task APersistentFaultEndsInTheTypedExceptionAfterEveryRetry(ClientKind kind, Fault fault, Outcome outcome)
    {
        await using var client = CreateClient(kind, ClientSettings.Matrix);
        var path = client.PathOf(Operation.Read);
        Server.ScriptPath(path, Enumerable.Repeat(fault, 1 + Expectation.Retries).ToArray());

        var error = await Assert.CatchAsync(() => client.RunAsync(Operation.Read));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf(client.ExceptionTypeOf(outcome)));
            Assert.That(Server.HitsOn(path), Is.EqualTo(1 + Expectation.Retries), "every retry was made, and no more");
            if (outcome == Outcome.HttpStatus)
            {
                Assert.That(((AuthClientException)error!).StatusCode, Is.EqualTo(fault == Fault.Status503 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.BadGateway));
            }

            Secrets.AssertAbsentFrom(Secrets.TextsOf(error), "the exception");
            Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
        });
    }

    /// <summary>A retried status with <c>Retry-After</c>: a 429 for wazo-auth, a 503 for Astakos (which never retries a 429).</summary>
    internal static Fault RetryAfterFault(ClientKind kind) =>
        kind == ClientKind.Astakos ? Fault.Status503WithRetryAfter : Fault.Status429WithRetryAfter;

    private async Task<TimeSpan> TimeReadAfterRetryAfterAsync(ClientKind kind, TimeSpan maxRetryDelay)
    {
        await using var client = CreateClient(kind, ClientSettings.Matrix with { MaxRetryDelay = maxRetryDelay });
        var path = client.PathOf(Operation.Read);
        Server.ScriptPath(path, RetryAfterFault(kind));

        var clock = Stopwatch.StartNew();
        await client.RunAsync(Operation.Read);
        clock.Stop();

        Assert.That(Server.HitsOn(path), Is.EqualTo(2), "one refusal, then the retry");
        return clock.Elapsed;
    }
}
