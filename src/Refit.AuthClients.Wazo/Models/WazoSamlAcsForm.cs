namespace Refit.AuthClients.Wazo.Models;

/// <summary>The form of <c>POST /saml/acs</c>: what the identity provider answered (form-urlencoded).</summary>
public sealed record WazoSamlAcsForm
{
    /// <summary>The encoded SAML response.</summary>
    [AliasAs("SAMLResponse")]
    public required string SamlResponse { get; init; }

    /// <summary>The relay state.</summary>
    [AliasAs("RelayState")]
    public required string RelayState { get; init; }
}
