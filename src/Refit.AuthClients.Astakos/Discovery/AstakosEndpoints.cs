using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// Knows where each Astakos API lives: the identity API under the auth URL's path, the others under the paths the
/// service catalog gives. The catalog is fetched once, on first need, by one public-mode <c>POST {auth}/tokens</c>
/// however many calls need it at the same time: they all wait for that one fetch and share its result or its error.
/// A failed fetch is not kept, so a call that comes after it tries again. Authentications refresh the catalog.
/// </summary>
internal sealed class AstakosEndpoints
{
    private readonly string _identityPath;
    private readonly Func<IAstakosIdentityApi> _identityApi;
    private readonly object _gate = new();
    private volatile CatalogPrefixes? _prefixes;
    private Task<CatalogPrefixes>? _fetch;

    /// <param name="identityPath">The path of the auth URL.</param>
    /// <param name="identityApi">
    /// Resolves the identity API on first discovery; resolving it earlier would build the HTTP pipeline that needs
    /// this very object.
    /// </param>
    public AstakosEndpoints(string identityPath, Func<IAstakosIdentityApi> identityApi)
    {
        _identityPath = identityPath;
        _identityApi = identityApi;
    }

    /// <summary>The request URI with its placeholder prefix replaced by the real one; other URIs unchanged.</summary>
    public async ValueTask<Uri> ResolveAsync(Uri requestUri, CancellationToken cancellationToken)
    {
        var pathAndQuery = requestUri.PathAndQuery;
        var area = AreaOf(pathAndQuery);
        if (area is null)
        {
            return requestUri;
        }

        var prefix = area == AstakosPaths.Identity ? _identityPath : PathOf(area, await GetPrefixesAsync(cancellationToken).ConfigureAwait(false));
        return new Uri(string.Concat(requestUri.GetLeftPart(UriPartial.Authority), prefix, pathAndQuery.AsSpan(area.Length)));
    }

    /// <summary>The real path of a placeholder path as far as known now, for error reports; never fetches.</summary>
    public string Describe(string placeholderPath)
    {
        var area = AreaOf(placeholderPath);
        if (area is null)
        {
            return placeholderPath;
        }

        var prefix = area == AstakosPaths.Identity ? _identityPath : Find(area, _prefixes)?.Path;
        return prefix is null ? placeholderPath : prefix + placeholderPath[area.Length..];
    }

    /// <summary>Keeps the catalog an authentication returned.</summary>
    public void Remember(IReadOnlyList<ServiceCatalogEntry>? catalog)
    {
        if (catalog is not null)
        {
            _prefixes = CatalogPrefixes.From(catalog);
        }
    }

    private async ValueTask<CatalogPrefixes> GetPrefixesAsync(CancellationToken cancellationToken)
    {
        if (_prefixes is { } known)
        {
            return known;
        }

        Task<CatalogPrefixes> fetch;
        lock (_gate)
        {
            if (_prefixes is { } discovered)
            {
                return discovered;
            }

            fetch = _fetch ??= FetchAsync();
        }

        // The fetch is shared: one caller giving up does not cancel it for the others.
        return await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<CatalogPrefixes> FetchAsync()
    {
        // Never completes synchronously, so the caller has stored this fetch before it can drop itself below.
        await Task.Yield();
        try
        {
            var document = await _identityApi().GetEndpointsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            var catalog = document?.Access?.ServiceCatalog
                ?? throw new NoEndpointsException(DiscoveryInfo(), "The discovery answer has no \"access.serviceCatalog\".");
            var prefixes = CatalogPrefixes.From(catalog);
            _prefixes = prefixes;
            return prefixes;
        }
        catch
        {
            // Not kept, even when every caller has stopped waiting: the next call fetches again. No other fetch can
            // have started meanwhile, since one starts only when none is stored.
            lock (_gate)
            {
                _fetch = null;
            }

            throw;
        }
    }

    private string PathOf(string area, CatalogPrefixes prefixes)
    {
        var prefix = Find(area, prefixes)!;
        return prefix.Path ?? throw new NoEndpointsException(DiscoveryInfo(), prefix.Problem!);
    }

    private static CatalogPrefixes.Prefix? Find(string area, CatalogPrefixes? prefixes) => area switch
    {
        AstakosPaths.Account => prefixes?.Account,
        AstakosPaths.Ui => prefixes?.Ui,
        AstakosPaths.OAuth2 => prefixes?.OAuth2,
        _ => null,
    };

    private static string? AreaOf(string path)
    {
        foreach (var area in (ReadOnlySpan<string>)[AstakosPaths.Identity, AstakosPaths.Account, AstakosPaths.Ui, AstakosPaths.OAuth2])
        {
            if (path.StartsWith(area, StringComparison.Ordinal) && (path.Length == area.Length || path[area.Length] is '/' or '?'))
            {
                return area;
            }
        }

        return null;
    }

    private AuthErrorInfo DiscoveryInfo() => AstakosErrorInfo.Answered(HttpMethod.Post, _identityPath + "/tokens");
}
