using BenchmarkDotNet.Running;
using Refit.AuthClients.Benchmarks;

// `--quick` runs short in-process jobs (under 2 minutes in all); without it, BenchmarkDotNet's default job.
// `--interleaved` cross-checks the time ratios without BenchmarkDotNet, the variants taking turns (see docs).
// Any other argument is BenchmarkDotNet's own (e.g. --filter *WazoTokenGet*). By default the five calls run; the
// attribution of the facade's cost, handler by handler, runs on demand with --filter *Attribution*.
if (args.Contains(InterleavedRun.Flag, StringComparer.Ordinal))
{
    Console.WriteLine(await InterleavedRun.RunAsync());
    return 0;
}

var quick = args.Contains(BenchmarkConfig.QuickFlag, StringComparer.Ordinal);
var forwarded = args.Where(a => a != BenchmarkConfig.QuickFlag).ToList();
if (!forwarded.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)))
{
    forwarded.AddRange(["--filter", "Refit.AuthClients.Benchmarks.Wazo*", "Refit.AuthClients.Benchmarks.Astakos*"]);
}

if (quick)
{
    await ProcessWarmup.RunAsync(TimeSpan.FromSeconds(1));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. forwarded], BenchmarkConfig.Create(quick));
var verdict = TargetReport.Render(summaries);
Console.WriteLine(verdict);
return 0;
