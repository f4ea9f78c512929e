namespace Refit.AuthClients.Astakos;

/// <summary>
/// Placeholder first segments of the Refit paths. Astakos mounts its APIs under deployment-specific prefixes that are
/// known only from the service catalog, so the interfaces name the API and <see cref="AstakosPrefixHandler"/>
/// replaces the placeholder with the real prefix on the way out.
/// </summary>
internal static class AstakosPaths
{
    /// <summary>The identity API: the path of the configured auth URL.</summary>
    public const string Identity = "/~identity";

    /// <summary>The account API: the path of the <c>astakos_account</c> v1.0 <c>publicURL</c>.</summary>
    public const string Account = "/~account";

    /// <summary>The UI views: the path of the <c>astakos_account</c> v1.0 <c>SNF:uiURL</c>.</summary>
    public const string Ui = "/~ui";

    /// <summary>The OAuth2 API: the path of the <c>astakos_oauth2</c> <c>publicURL</c>.</summary>
    public const string OAuth2 = "/~oauth2";
}
