namespace Refit.AuthClients.Samples.QuickStart;

/// <summary>
/// The command line: nothing runs every flow against the embedded emulators; <c>--wazo-url URL --username U
/// --password P</c> and/or <c>--astakos-url URL --token T</c> run the read-only flows against real servers.
/// </summary>
public sealed record SampleArguments(Uri? WazoUrl, string? Username, string? Password, Uri? AstakosUrl, string? AstakosToken)
{
    public bool AgainstRealServers => WazoUrl is not null || AstakosUrl is not null;

    public static SampleArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!Known.Contains(name))
            {
                throw new ArgumentException($"Unknown argument '{name}'. {Usage}");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"'{name}' needs a value. {Usage}");
            }

            values[name] = args[++i];
        }

        var parsed = new SampleArguments(
            Url(values, "--wazo-url"),
            values.GetValueOrDefault("--username"),
            values.GetValueOrDefault("--password"),
            Url(values, "--astakos-url"),
            values.GetValueOrDefault("--token"));
        if (parsed.WazoUrl is not null && (parsed.Username is null || parsed.Password is null))
        {
            throw new ArgumentException($"--wazo-url needs --username and --password. {Usage}");
        }

        if (parsed.AstakosUrl is not null && parsed.AstakosToken is null)
        {
            throw new ArgumentException($"--astakos-url needs --token. {Usage}");
        }

        return parsed;
    }

    public const string Usage =
        "Usage: QuickStart [--wazo-url URL --username U --password P] [--astakos-url URL --token T]";

    private static readonly HashSet<string> Known = ["--wazo-url", "--username", "--password", "--astakos-url", "--token"];

    private static Uri? Url(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new ArgumentException($"{name} must be an http or https URL, not '{text}'.");
    }
}
