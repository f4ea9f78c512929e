using System.Diagnostics;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// Runs every variant of every benchmark for a while before the quick mode measures: the quick mode runs in this
/// process, where the first benchmark would otherwise pay for the tiered JIT of the whole HTTP stack (client and
/// server), and its baseline would look slow.
/// </summary>
public static class ProcessWarmup
{
    public static async Task RunAsync(TimeSpan perBenchmark)
    {
        foreach (var type in CallBenchmark.Types())
        {
            var benchmark = (CallBenchmark)Activator.CreateInstance(type)!;
            await benchmark.StartAsync();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < perBenchmark)
            {
                await benchmark.RawHttpClient();
                await benchmark.RefitInterface();
                await benchmark.FacadeViaDi();
            }

            await benchmark.StopAsync();
        }
    }
}
