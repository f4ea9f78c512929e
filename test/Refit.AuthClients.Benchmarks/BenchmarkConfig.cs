using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Refit.AuthClients.Benchmarks;

/// <summary>The two ways to run: the default job (precise, several minutes), or a quick in-process one.</summary>
public static class BenchmarkConfig
{
    /// <summary>The command-line flag of the quick mode.</summary>
    public const string QuickFlag = "--quick";

    /// <summary>Calls per iteration in the quick mode: about 100 ms of calls on loopback.</summary>
    private const int QuickInvocations = 1024;

    /// <summary>The configuration; the ratio columns compare each variant with (a).</summary>
    public static IConfig Create(bool quick)
    {
        var job = quick
            // In-process (no separate build and launch per benchmark, the process warmed up first), a fixed number of
            // calls per iteration (no pilot stage): about 2 s a benchmark, fit for ratios more than for absolutes.
            ? Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithInvocationCount(QuickInvocations)
                .WithUnrollFactor(16)
                .WithWarmupCount(3)
                .WithIterationCount(12)
                .WithId("Quick")
            // BenchmarkDotNet builds its own copy of every project under its artifacts folder, out of the way of others.
            : Job.Default;
        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
    }
}
