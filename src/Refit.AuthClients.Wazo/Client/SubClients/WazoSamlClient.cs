using System.Net;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoSamlClient(IWazoSamlApi api, WazoClientTenant tenants) : IWazoSamlClient
{
    private const string AcsPath = "/saml/acs";
    private const string LogoutPath = "/saml/logout";

    public Task<WazoSamlSsoResult> SsoAsync(string domain, Uri redirectUrl, CancellationToken cancellationToken = default)
    {
        var context = new WazoSamlLoginContext
        {
            Domain = WazoArguments.Text(domain, nameof(domain)),
            RedirectUrl = WazoArguments.Required(redirectUrl, nameof(redirectUrl)).OriginalString,
        };
        return WazoAnswers.Required(api.SsoAsync(context, cancellationToken), HttpMethod.Post, "/saml/sso");
    }

    public async Task<Uri> AcsAsync(string samlResponse, string relayState, CancellationToken cancellationToken = default)
    {
        var form = new WazoSamlAcsForm
        {
            SamlResponse = WazoArguments.Text(samlResponse, nameof(samlResponse)),
            RelayState = WazoArguments.Text(relayState, nameof(relayState)),
        };
        using var response = await api.AcsAsync(form, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
        {
            return location;
        }

        throw new WazoAuthInvalidResponseException(
            new AuthErrorInfo(AuthErrorKind.InvalidResponse, HttpMethod.Post.Method, AcsPath, response.StatusCode, response.ReasonPhrase),
            new InvalidOperationException("The answer is not a redirect (302 or 303) with a Location header."));
    }

    public async Task<Uri> LogoutAsync(string? tenant = null, CancellationToken cancellationToken = default)
    {
        var result = await WazoAnswers.Required(api.LogoutAsync(tenants.Resolve(tenant), cancellationToken), HttpMethod.Get, LogoutPath).ConfigureAwait(false);
        return Uri.TryCreate(result.Location, UriKind.RelativeOrAbsolute, out var location) && result.Location.Length > 0
            ? location
            : throw WazoAnswers.Invalid(HttpMethod.Get, LogoutPath, "The body has no location.");
    }
}
