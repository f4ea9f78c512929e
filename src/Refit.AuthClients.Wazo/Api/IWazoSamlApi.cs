using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Api;

/// <summary>SAML login and logout (<c>/saml</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoSamlApi
{
    /// <summary><c>POST /saml/sso</c>: starts a SAML login; the browser must open the returned location (no token needed).</summary>
    /// <param name="context">Where to go after the login, and the tenant's domain.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/saml/sso")]
    Task<WazoSamlSsoResult> SsoAsync([Body] WazoSamlLoginContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /saml/acs</c> (form): hands the identity provider's answer to wazo-auth (no token needed). Answers a
    /// redirect (302, or 303 per the spec) that is not followed: read its <c>Location</c> header (it carries
    /// <c>login_failure_code</c> when the login failed). The caller disposes the response.
    /// </summary>
    /// <param name="form">The SAML response and relay state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("/saml/acs")]
    Task<HttpResponseMessage> AcsAsync(
        [Body(BodySerializationMethod.UrlEncoded)] WazoSamlAcsForm form,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /saml/logout</c>: starts a SAML logout of the client's token; the browser must open the returned location.</summary>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/saml/logout")]
    Task<WazoSamlLogoutResult> LogoutAsync(
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /saml/sls</c>: the browser endpoint receiving the identity provider's logout answer. Answers a redirect
    /// that is not followed; the caller disposes the response.
    /// </summary>
    /// <param name="samlResponse">The encoded SAML logout response.</param>
    /// <param name="relayState">The relay state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/saml/sls")]
    Task<HttpResponseMessage> SingleLogoutAsync(
        [Query, AliasAs("SAMLResponse")] string samlResponse,
        [Query, AliasAs("RelayState")] string relayState,
        CancellationToken cancellationToken = default);
}
