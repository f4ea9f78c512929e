namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>Where the emulator serves each API, below an optional deployment prefix such as <c>/astakos</c>.</summary>
internal sealed record AstakosPaths(string Prefix)
{
    public string Identity => Prefix + "/identity/v2.0";

    public string Account => Prefix + "/account/v1.0";

    public string Ui => Prefix + "/ui";

    public string OAuth2 => Prefix + "/oauth2";

    public bool IsApi(string path) =>
        path.StartsWith(Identity, StringComparison.Ordinal) || path.StartsWith(Account, StringComparison.Ordinal);
}
