using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// Checks the targets of the facade against the hand-written call: at most 1.10× its time and 1.5× its
/// allocations, per operation.
/// </summary>
public static class TargetReport
{
    public const double MaxTimeRatio = 1.10;
    public const double MaxAllocationRatio = 1.5;

    /// <summary>
    /// A table of the ratios to (a) of every operation, with the verdict (on means, as the targets say; the ratio of
    /// medians is shown too, being less moved by the bursts of a busy machine).
    /// </summary>
    public static string Render(IEnumerable<Summary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets: (c) <= {MaxTimeRatio:0.00}x the time of (a), <= {MaxAllocationRatio:0.0}x its allocations");
        text.AppendLine("| Operation | (a) mean | (a) alloc | (b) time | (b) alloc | (c) time | (c) time, medians | (c) alloc | (c) noise | target |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var calls = summaries.SelectMany(s => s.Reports).Where(r => r.BenchmarkCase.Descriptor.Type.IsSubclassOf(typeof(CallBenchmark)));
        foreach (var operation in calls.GroupBy(r => r.BenchmarkCase.Descriptor.Type.Name))
        {
            var raw = Find(operation, nameof(CallBenchmark.RawHttpClient));
            var refit = Find(operation, nameof(CallBenchmark.RefitInterface));
            var facade = Find(operation, nameof(CallBenchmark.FacadeViaDi));
            if (raw is null || refit is null || facade is null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {operation.Key} | incomplete run | | | | | | | | |");
                continue;
            }

            var (rawTime, rawBytes) = Measure(raw);
            var (refitTime, refitBytes) = Measure(refit);
            var (facadeTime, facadeBytes) = Measure(facade);
            var timeRatio = facadeTime / rawTime;
            var bytesRatio = (double)facadeBytes / rawBytes;
            var met = timeRatio <= MaxTimeRatio && bytesRatio <= MaxAllocationRatio;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {operation.Key} | {rawTime / 1000:0.0} µs | {rawBytes:N0} B | {refitTime / rawTime:0.00}x | {(double)refitBytes / rawBytes:0.00}x "
                + $"| {timeRatio:0.00}x | {facade.ResultStatistics!.Median / raw.ResultStatistics!.Median:0.00}x | {bytesRatio:0.00}x "
                + $"| ±{Noise(facade):0}% | {(met ? "met" : "MISSED")} |");
        }

        return text.ToString();
    }

    // The standard deviation of (c)'s iterations, in percent of its mean: how far a time ratio can be trusted.
    private static double Noise(BenchmarkReport report) => 100 * report.ResultStatistics!.StandardDeviation / report.ResultStatistics.Mean;

    private static BenchmarkReport? Find(IEnumerable<BenchmarkReport> reports, string method) =>
        reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.ResultStatistics is not null);

    private static (double MeanNanoseconds, long Bytes) Measure(BenchmarkReport report) =>
        (report.ResultStatistics!.Mean, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0);
}
