namespace Refit.AuthClients.Astakos;

/// <summary>
/// The API path prefixes one service catalog gives, each resolved once; a missing entry is kept as the reason it is
/// missing and reported only by the calls that need that prefix.
/// </summary>
internal sealed class CatalogPrefixes
{
    private const string AccountService = "astakos_account";
    private const string AccountVersion = "v1.0";
    private const string OAuth2Service = "astakos_oauth2";

    private CatalogPrefixes(Prefix account, Prefix ui, Prefix oauth2)
    {
        Account = account;
        Ui = ui;
        OAuth2 = oauth2;
    }

    public Prefix Account { get; }

    public Prefix Ui { get; }

    public Prefix OAuth2 { get; }

    /// <summary>Reads the prefixes as the reference client does: only the paths of the URLs count.</summary>
    public static CatalogPrefixes From(IReadOnlyList<ServiceCatalogEntry> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        // A null entry or endpoint (JSON null in the list) is skipped, as one that names another service.
        var accountEndpoint = catalog
            .Where(e => e?.Name == AccountService)
            .SelectMany(e => e!.Endpoints ?? [])
            .FirstOrDefault(e => e?.VersionId == AccountVersion);
        var oauth2Endpoint = catalog
            .Where(e => e?.Name == OAuth2Service && e.Endpoints is { Count: > 0 })
            .Select(e => e!.Endpoints![0])
            .FirstOrDefault();

        const string accountLabel = $"\"{AccountService}\" (versionId \"{AccountVersion}\")";
        return new CatalogPrefixes(
            FromEndpoint(accountEndpoint?.PublicUrl, accountEndpoint is not null, accountLabel, "publicURL"),
            FromEndpoint(accountEndpoint?.UiUrl, accountEndpoint is not null, accountLabel, "SNF:uiURL"),
            FromEndpoint(oauth2Endpoint?.PublicUrl, oauth2Endpoint is not null, $"\"{OAuth2Service}\"", "publicURL"));
    }

    private static Prefix FromEndpoint(string? url, bool found, string service, string field)
    {
        if (!found)
        {
            return Prefix.Missing($"No endpoint found in the service catalog for service {service}.");
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            return Prefix.Missing($"The service catalog's endpoint for service {service} has no \"{field}\".");
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
        {
            return Prefix.Of(absolute.AbsolutePath);
        }

        return url.StartsWith('/')
            ? Prefix.Of(url.Split('?', '#')[0])
            : Prefix.Missing($"The service catalog's \"{field}\" for service {service} is not a URL: {url}");
    }

    /// <summary>A path prefix without a trailing slash (empty for the root), or why there is none.</summary>
    internal sealed record Prefix(string? Path, string? Problem)
    {
        public static Prefix Of(string path) => new(path.TrimEnd('/'), null);

        public static Prefix Missing(string problem) => new(null, problem);
    }
}
