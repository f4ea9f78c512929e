using System.Text;
using Refit.AuthClients.Options;

namespace Refit.AuthClients.Wazo.Options;

/// <summary>
/// Settings of the wazo-auth client. The base URL is <see cref="BaseUri"/> when set, else built like the reference
/// client's: <c>https://HOST:443/api/auth/0.1</c> by default, <c>http://HOST:9497/0.1</c> directly to the daemon.
/// </summary>
public sealed class WazoAuthClientOptions : AuthClientOptions
{
    /// <summary>The default <see cref="Port"/>: 443 (the reverse proxy).</summary>
    public const int DefaultPort = 443;

    /// <summary>The default <see cref="Prefix"/>: <c>/api/auth</c> (where the reverse proxy publishes wazo-auth).</summary>
    public const string DefaultPrefix = "/api/auth";

    /// <summary>The default <see cref="Version"/>: <c>0.1</c>.</summary>
    public const string DefaultVersion = "0.1";

    /// <summary>The host name or address of the server; required unless <see cref="BaseUri"/> is set.</summary>
    public string? Host { get; set; }

    /// <summary>The port (1 to 65535); null leaves it out of the URL (the scheme's default).</summary>
    public int? Port { get; set; } = DefaultPort;

    /// <summary>The path before the version; null or empty for none (direct to the daemon). A missing leading <c>/</c> is added.</summary>
    public string? Prefix { get; set; } = DefaultPrefix;

    /// <summary>The API version segment; null or empty for none.</summary>
    public string? Version { get; set; } = DefaultVersion;

    /// <summary>Whether to use HTTPS (the default) rather than HTTP.</summary>
    public bool Https { get; set; } = true;

    /// <summary>The full base URL (e.g. <c>https://wazo.example.com/api/auth/0.1</c>), used instead of host, port, prefix and version.</summary>
    public Uri? BaseUri { get; set; }

    /// <summary>The login used to create tokens. Never shown.</summary>
    public string? Username { get; set; }

    /// <summary>The password used to create tokens. Never shown.</summary>
    public string? Password { get; set; }

    /// <summary>The tenant the calls act on (sent as <c>Wazo-Tenant</c>) when a call does not name one.</summary>
    public string? Tenant { get; set; }

    /// <summary>
    /// The base URL as the reference client writes it: scheme, host, <c>:port</c> when set, the prefix, and
    /// <c>/version</c> when set (a trailing <c>/</c> of the prefix is kept, as the reference does).
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither <see cref="BaseUri"/> nor <see cref="Host"/> is set.</exception>
    public string BuildBaseUrl()
    {
        if (BaseUri is not null)
        {
            return BaseUri.OriginalString;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new InvalidOperationException($"{nameof(Host)} (or {nameof(BaseUri)}) must be set.");
        }

        var url = new StringBuilder(Https ? "https" : "http").Append("://").Append(HostForUrl(Host));
        if (Port is { } port)
        {
            url.Append(':').Append(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Prefix))
        {
            url.Append(Prefix.StartsWith('/') ? string.Empty : "/").Append(Prefix);
        }

        if (!string.IsNullOrEmpty(Version))
        {
            url.Append('/').Append(Version);
        }

        return url.ToString();
    }

    /// <summary>
    /// The base address given to the HTTP client: <see cref="BuildBaseUrl"/> with a trailing <c>/</c>, so that
    /// every call path is appended to it.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither <see cref="BaseUri"/> nor <see cref="Host"/> is set.</exception>
    public Uri GetBaseAddress()
    {
        var url = BuildBaseUrl();
        return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
    }

    /// <inheritdoc />
    public override void Validate(ICollection<string> errors)
    {
        base.Validate(errors);
        if (BaseUri is not null)
        {
            if (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != Uri.UriSchemeHttp && BaseUri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{nameof(BaseUri)} must be an absolute http or https URL.");
            }

            return;
        }

        var portValid = Port is null or (>= 1 and <= 65535);
        if (!portValid)
        {
            errors.Add($"{nameof(Port)} must be between 1 and 65535 (or null for the scheme's default).");
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            errors.Add($"{nameof(Host)} is required (or set {nameof(BaseUri)}).");
        }
        else if (Uri.CheckHostName(Host.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            errors.Add($"{nameof(Host)} '{Host}' is not a host name or address (give the scheme, port and path through the other settings).");
        }
        else if (portValid && !Uri.TryCreate(BuildBaseUrl(), UriKind.Absolute, out _))
        {
            errors.Add($"The base URL '{BuildBaseUrl()}' built from {nameof(Host)}, {nameof(Port)}, {nameof(Prefix)} and {nameof(Version)} is not valid.");
        }
    }

    /// <summary>Never shows the token or the password.</summary>
    public override string ToString()
    {
        var target = BaseUri is not null ? BaseUri.ToString() : $"{(Https ? "https" : "http")}://{Host}:{Port}{Prefix}/{Version}";
        return $"{nameof(WazoAuthClientOptions)} {{ Target = {target}, Username = {Username ?? "none"}, Password = {(Password is null ? "none" : "***")}, "
               + $"Tenant = {Tenant ?? "none"}, Token = {(Token is null ? "none" : "***")}, Timeout = {Timeout}, Retry = {Retry} }}";
    }

    // IPv6 literals need brackets in a URL.
    private static string HostForUrl(string host) =>
        Uri.CheckHostName(host) == UriHostNameType.IPv6 && !host.StartsWith('[') ? $"[{host}]" : host;
}
