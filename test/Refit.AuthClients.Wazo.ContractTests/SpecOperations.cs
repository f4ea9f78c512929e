namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>The spec's operations as <c>operations.tsv</c> lists them (<c>METHOD&lt;TAB&gt;path</c>), and which one a request hits.</summary>
internal sealed class SpecOperations
{
    private readonly List<(string Method, string[] Segments, string Operation)> _templates;

    private SpecOperations(IReadOnlyList<string> operations)
    {
        Operations = operations;
        _templates = operations
            .Select(o => o.Split(' ', 2))
            .Select(p => (p[0], p[1].Trim('/').Split('/'), $"{p[0]} {p[1]}"))
            .ToList();
    }

    /// <summary>Each operation as <c>METHOD /path/{param}</c>.</summary>
    public IReadOnlyList<string> Operations { get; }

    public static SpecOperations Load(string path) => new(File.ReadAllLines(path)
        .Where(line => line.Trim().Length > 0)
        .Select(line => line.Split('\t'))
        .Select(fields => $"{fields[0].Trim().ToUpperInvariant()} {fields[1].Trim()}")
        .ToList());

    /// <summary>The operation a request hits: the matching template with the most literal segments; null when none.</summary>
    public string? Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        return _templates
            .Where(t => t.Method == method && t.Segments.Length == segments.Length
                && t.Segments.Zip(segments).All(pair => IsParameter(pair.First) || pair.First == Uri.UnescapeDataString(pair.Second)))
            .OrderByDescending(t => t.Segments.Count(s => !IsParameter(s)))
            .Select(t => t.Operation)
            .FirstOrDefault();
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
