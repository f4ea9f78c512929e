using Refit.AuthClients.Options;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// 1,000 concurrent calls on one client: none fails, each gets the answer to its own request (the server echoes what
/// was asked), and the connections are reused.
/// </summary>
/// <remarks>
/// Each test has a server of its own: the connections a run opens keep arriving after its last call (the pool does
/// not cancel a connection attempt that another connection made useless), and would be counted by the next test.
/// </remarks>
[TestFixture]
public sealed class ConcurrencyTests
{
    private const int Calls = 1000;

    // With the cap lifted the pool opens a socket per waiting call: only the answers are checked then.
    [TestCase(ClientKind.Astakos, int.MaxValue, false)]
    [TestCase(ClientKind.Astakos, null, true)]
    [TestCase(ClientKind.Astakos, 16, true)]
    [TestCase(ClientKind.Wazo, int.MaxValue, false)]
    [TestCase(ClientKind.Wazo, null, true)]
    [TestCase(ClientKind.Wazo, 16, true)]
    public async Task AThousandConcurrentCallsEachGetTheirOwnAnswer(ClientKind kind, int? maxConnections, bool requireReuse)
    {
        await using var server = await FaultServer.StartAsync();
        server.SuccessBody = Clients.AnswersOf(kind, server.Address);
        var settings = ClientSettings.Matrix with { MaxConnectionsPerServer = maxConnections };
        await using var client = Clients.Create(kind, server.Address, settings);

        var mismatches = await RunConcurrentlyAsync(client.EchoAsync);

        Assert.Multiple(() =>
        {
            Assert.That(mismatches, Is.Empty, "answers matched to their requests");
            Assert.That(server.Requests, Is.EqualTo(Calls + client.EchoSetupRequests), "one request a call (and one discovery)");
            if (requireReuse)
            {
                Assert.That(server.AcceptedSockets, Is.LessThanOrEqualTo(maxConnections ?? AuthClientOptions.DefaultMaxConnectionsPerServer), "connections reused");
            }
        });
        await TestContext.Progress.WriteLineAsync(
            $"{client.Name}, connection cap {(object?)maxConnections ?? "default"}: {Calls} concurrent calls over {server.AcceptedSockets} sockets");
    }

    /// <summary>Starts every call at once and returns the indexes whose answer did not match the request.</summary>
    private static async Task<IReadOnlyList<int>> RunConcurrentlyAsync(Func<int, Task<bool>> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, Calls)
            .Select(async i =>
            {
                await start.Task;
                return (Index: i, Matched: await call(i));
            })
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(calls);
        return results.Where(r => !r.Matched).Select(r => r.Index).ToList();
    }
}
