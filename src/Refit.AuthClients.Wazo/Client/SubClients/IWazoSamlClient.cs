using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>SAML login and logout (the reference client's <c>saml</c> command). Only the logout needs a token.</summary>
public interface IWazoSamlClient
{
    /// <summary>
    /// <c>POST /saml/sso</c> (<c>saml.sso</c>): starts a SAML login; send the browser to the returned location, then
    /// create a token with the returned session id (<see cref="IWazoTokenClient.CreateAsync(string?, int?, string?, string?, string?, string?, string?, string?, string?, string?, string?, CancellationToken)"/>, <c>samlSessionId</c>).
    /// </summary>
    /// <param name="domain">The tenant's domain name.</param>
    /// <param name="redirectUrl">Where the browser goes once logged in.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identity provider's location and the SAML session id.</returns>
    Task<WazoSamlSsoResult> SsoAsync(string domain, Uri redirectUrl, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /saml/acs</c> (<c>saml.acs</c>, form): hands the identity provider's answer to wazo-auth. The answer is
    /// a redirect (302, or 303 as the spec says) that is not followed.
    /// </summary>
    /// <param name="samlResponse">The encoded SAML response.</param>
    /// <param name="relayState">The relay state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The redirect's <c>Location</c>; it carries <c>login_failure_code</c> when the login failed.</returns>
    /// <exception cref="Errors.WazoAuthInvalidResponseException">The answer is a success without a redirect, or a redirect without <c>Location</c>.</exception>
    Task<Uri> AcsAsync(string samlResponse, string relayState, CancellationToken cancellationToken = default);

    /// <summary><c>GET /saml/logout</c> (<c>saml.logout</c>): starts the SAML logout of the client's token.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where to send the browser (the body's <c>location</c>, read whatever its case).</returns>
    Task<Uri> LogoutAsync(string? tenant = null, CancellationToken cancellationToken = default);
}
