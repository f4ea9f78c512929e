namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>Where the contract tests find the spec and Prism, and whether a missing piece skips or fails them.</summary>
internal static class ContractEnvironment
{
    public const string SpecVariable = "WAZO_AUTH_SPEC";

    /// <summary>The repository root: the first folder above the test assembly holding <c>Refit.AuthClients.sln</c>.</summary>
    public static DirectoryInfo RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The spec: <c>WAZO_AUTH_SPEC</c>, else <c>../shared/specs/wazo-auth/wazo-auth.yml</c> beside the repository.</summary>
    public static string SpecPath { get; } = Environment.GetEnvironmentVariable(SpecVariable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(RepositoryRoot.FullName, "..", "shared", "specs", "wazo-auth", "wazo-auth.yml"));

    /// <summary>The operation list published beside the spec.</summary>
    public static string OperationsPath => Path.Combine(Path.GetDirectoryName(SpecPath)!, "operations.tsv");

    /// <summary>The Prism executable installed by <c>.ci/install-prism.sh</c>.</summary>
    public static string PrismPath => Path.Combine(
        RepositoryRoot.FullName, ".tools", "prism", "node_modules", ".bin", OperatingSystem.IsWindows() ? "prism.cmd" : "prism");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the tests when the spec is absent; skips (or, in CI, fails) them when Prism is not installed.</summary>
    public static void RequireSpecAndPrism()
    {
        if (!File.Exists(SpecPath))
        {
            Assert.Ignore($"The wazo-auth spec is not at {SpecPath}: set {SpecVariable} to run the contract tests.");
        }

        if (!File.Exists(PrismPath))
        {
            var message = $"Prism is not installed at {PrismPath}: run .ci/install-prism.sh to run the contract tests.";
            if (IsCi)
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }
    }

    private static DirectoryInfo FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Refit.AuthClients.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Refit.AuthClients.sln.");
    }
}
