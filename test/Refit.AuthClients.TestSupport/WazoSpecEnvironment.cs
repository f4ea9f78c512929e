using NUnit.Framework;

namespace Refit.AuthClients.TestSupport;

/// <summary>
/// Where tests find the wazo-auth spec and Prism, and whether a missing piece skips or fails them: the spec is
/// <c>WAZO_AUTH_SPEC</c> or <c>../shared/specs/wazo-auth/wazo-auth.yml</c> beside the repository (never copied into it);
/// Prism is <c>PRISM_BIN</c> or the copy <c>.ci/install-prism.sh</c> installs into <c>.tools/prism</c>.
/// </summary>
public static class WazoSpecEnvironment
{
    public const string SpecVariable = "WAZO_AUTH_SPEC";
    public const string PrismVariable = "PRISM_BIN";

    /// <summary>The repository root: the first folder above the test assembly holding <c>Refit.AuthClients.sln</c>.</summary>
    public static DirectoryInfo? RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? SpecPath => Environment.GetEnvironmentVariable(SpecVariable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : RepositoryRoot is null ? null : Path.GetFullPath(Path.Combine(RepositoryRoot.FullName, "..", "shared", "specs", "wazo-auth", "wazo-auth.yml"));

    /// <summary>The operation list published beside the spec.</summary>
    public static string? OperationsPath => SpecPath is { } spec ? Path.Combine(Path.GetDirectoryName(spec)!, "operations.tsv") : null;

    /// <summary><c>PRISM_BIN</c> (a path, or a command looked up on <c>PATH</c>), else <c>.tools/prism</c>'s copy.</summary>
    public static string? PrismPath => Environment.GetEnvironmentVariable(PrismVariable) is { Length: > 0 } configured
        ? OnPath(configured) ?? configured
        : RepositoryRoot is null ? null : Path.Combine(
            RepositoryRoot.FullName, ".tools", "prism", "node_modules", ".bin", OperatingSystem.IsWindows() ? "prism.cmd" : "prism");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips when the spec is absent; skips (or, with <c>CI=true</c>, fails) when Prism is not installed.</summary>
    public static (string Spec, string Prism) Require(string purpose)
    {
        var spec = SpecPath;
        if (spec is null || !File.Exists(spec))
        {
            Assert.Ignore($"The wazo-auth spec was not found (looked at {spec ?? "../shared/specs/wazo-auth/wazo-auth.yml"}): set {SpecVariable} to {purpose}.");
        }

        var prism = PrismPath;
        if (prism is null || !File.Exists(prism))
        {
            var message = $"Prism was not found at {prism}: run .ci/install-prism.sh or set {PrismVariable} to {purpose}.";
            if (IsCi)
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        return (spec, prism);
    }

    private static string? OnPath(string command) =>
        command.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || command.Contains('/', StringComparison.Ordinal)
            ? null
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, command))
                .FirstOrDefault(File.Exists);

    private static DirectoryInfo? FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Refit.AuthClients.sln")))
            {
                return folder;
            }
        }

        return null;
    }
}
