namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// The caller's own cancellation is not a failure of the service: it stays an <see cref="OperationCanceledException"/>
/// (never the client's timeout or connection exception), even while the server stalls or between retries.
/// </summary>
[TestFixture]
public sealed class CancellationTests : FaultServerFixture
{
    public static IEnumerable<TestCaseData> Cases() =>
        from kind in Enum.GetValues<ClientKind>()
        from operation in Enum.GetValues<Operation>()
        from fault in new[] { Fault.StallPastTimeout, RetryTests.RetryAfterFault(kind) }
        where operation == Operation.Read || fault == Fault.StallPastTimeout
        select new TestCaseData(kind, operation, fault);

    [TestCaseSource(nameof(Cases))]
    public async Task TheCallersCancellationStaysACancellation(ClientKind kind, Operation operation, Fault fault)
    {
        // A long Retry-After keeps the read waiting between its attempts when the cancellation comes.
        await using var client = CreateClient(kind, ClientSettings.Matrix with { MaxRetryDelay = TimeSpan.FromSeconds(5) });
        Server.ScriptPath(client.PathOf(operation), fault);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.CatchAsync(() => client.RunAsync(operation, cancellation.Token));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<OperationCanceledException>());
            Assert.That(Server.HitsOn(client.PathOf(operation)), Is.EqualTo(1));
            Secrets.AssertAbsentFrom(client.Logs.Lines, "the logs");
            Secrets.AssertAbsentFrom(Secrets.TextsOf(error), "the exception");
        });
    }
}
