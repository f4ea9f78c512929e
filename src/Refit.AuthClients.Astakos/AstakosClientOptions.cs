using Refit.AuthClients.Options;

namespace Refit.AuthClients.Astakos;

/// <summary>Settings of the Astakos client.</summary>
public sealed class AstakosClientOptions : AuthClientOptions
{
    /// <summary>The identity path used when <see cref="AuthUrl"/> has none.</summary>
    public const string DefaultIdentityPath = "/identity/v2.0";

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        Http.AuthHeaderNames.AuthToken, "Authorization", "User-Agent", "Host", "Content-Type", "Content-Length",
    };

    /// <summary>
    /// The identity endpoint, e.g. <c>https://accounts.example.org/identity/v2.0</c>; a URL with no path means
    /// <c>/identity/v2.0</c>. Only <c>http</c> and <c>https</c> are accepted. Every request goes to this URL's host:
    /// the service catalog contributes only paths.
    /// </summary>
    public Uri? AuthUrl { get; set; }

    /// <summary>
    /// Headers sent on every request, matched case-insensitively; a header a call sets itself wins. The token, the
    /// user agent and content headers have options or calls of their own and cannot be set here.
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override void Validate(ICollection<string> errors)
    {
        base.Validate(errors);
        if (AuthUrl is null)
        {
            errors.Add($"{nameof(AuthUrl)} is required.");
        }
        else if (!AuthUrl.IsAbsoluteUri || (AuthUrl.Scheme != Uri.UriSchemeHttp && AuthUrl.Scheme != Uri.UriSchemeHttps))
        {
            var scheme = AuthUrl.IsAbsoluteUri ? AuthUrl.Scheme : string.Empty;
            errors.Add($"{nameof(AuthUrl)} must be an absolute http or https URL (unsupported scheme: '{scheme}').");
        }

        foreach (var name in Headers.Keys)
        {
            if (string.IsNullOrWhiteSpace(name) || ReservedHeaders.Contains(name))
            {
                errors.Add($"{nameof(Headers)} cannot set '{name}': use the matching option or call instead.");
            }
        }
    }

    /// <summary>The scheme and authority of <see cref="AuthUrl"/>: the only host ever contacted.</summary>
    internal Uri HostAddress => new(RequiredAuthUrl.GetLeftPart(UriPartial.Authority) + "/");

    /// <summary>The path of <see cref="AuthUrl"/> without a trailing slash, <see cref="DefaultIdentityPath"/> when empty.</summary>
    internal string IdentityPath
    {
        get
        {
            var path = RequiredAuthUrl.AbsolutePath.TrimEnd('/');
            return path.Length == 0 ? DefaultIdentityPath : path;
        }
    }

    private Uri RequiredAuthUrl => AuthUrl ?? throw new InvalidOperationException($"{nameof(AuthUrl)} is not set.");
}
