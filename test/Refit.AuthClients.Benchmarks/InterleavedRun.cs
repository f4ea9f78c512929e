using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// A cross-check of the time ratios for a busy machine, outside BenchmarkDotNet: the three variants of a call take
/// turns in short rounds (so that a burst of other work hits all three alike), and the medians of the rounds are
/// compared, in wall-clock time and in CPU time of the process (client and in-process server together).
/// </summary>
public static class InterleavedRun
{
    /// <summary>The command-line flag of this mode.</summary>
    public const string Flag = "--interleaved";

    private const int Rounds = 12;
    private const int DiscardedRounds = 2;
    private const int CallsPerRound = 2000;

    public static async Task<string> RunAsync()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Interleaved: {Rounds - DiscardedRounds} rounds of {CallsPerRound} calls per variant, medians per call");
        text.AppendLine("| Operation | (a) wall | (b) wall | (c) wall | (a) CPU | (b) CPU | (c) CPU | (c)/(a) wall | (c)/(a) CPU |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var type in CallBenchmark.Types())
        {
            var benchmark = (CallBenchmark)Activator.CreateInstance(type)!;
            await benchmark.StartAsync();
            var variants = new Func<Task<object?>>[] { benchmark.RawHttpClient, benchmark.RefitInterface, benchmark.FacadeViaDi };
            var wall = variants.Select(_ => new List<double>()).ToArray();
            var cpu = variants.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                for (var v = 0; v < variants.Length; v++)
                {
                    var (wallPerCall, cpuPerCall) = await MeasureAsync(variants[v]);
                    if (round >= DiscardedRounds)
                    {
                        wall[v].Add(wallPerCall);
                        cpu[v].Add(cpuPerCall);
                    }
                }
            }

            await benchmark.StopAsync();
            var w = wall.Select(Median).ToArray();
            var c = cpu.Select(Median).ToArray();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {type.Name} | {w[0]:0.0} µs | {w[1]:0.0} µs | {w[2]:0.0} µs | {c[0]:0.0} µs | {c[1]:0.0} µs | {c[2]:0.0} µs | {w[2] / w[0]:0.00}x | {c[2] / c[0]:0.00}x |");
        }

        return text.ToString();
    }

    private static async Task<(double WallMicroseconds, double CpuMicroseconds)> MeasureAsync(Func<Task<object?>> call)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < CallsPerRound; i++)
        {
            await call();
        }

        clock.Stop();
        process.Refresh();
        return (clock.Elapsed.TotalMicroseconds / CallsPerRound, (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / CallsPerRound);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
