using System.Net;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

internal sealed class WazoSamlClient(IWazoSamlApi api, WazoClientTenant tenants) : IWazoSamlClient
{
    public Task<WazoSamlSsoResult> SsoAsync(string domain, Uri redirectUrl, CancellationToken cancellationToken = default)
    {
        var context = new WazoSamlLoginContext
        {
            Domain = WazoArguments.Text(domain, nameof(domain)),
            RedirectUrl = WazoArguments.Required(redirectUrl, nameof(redirectUrl)).OriginalString,
        };
        return WazoAnswers.Required(() => api.SsoAsync(context, cancellationToken));
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

        var body = await ResponseBodyReader.ReadBufferedBoundedAsync(response.Content).ConfigureAwait(false);
        throw WazoAnswer.Invalid(
            response.RequestMessage,
            response.StatusCode,
            response.ReasonPhrase,
            body,
            new InvalidOperationException("The answer is not a redirect (302 or 303) with a Location header."));
    }

    public async Task<Uri> LogoutAsync(string? tenant = null, CancellationToken cancellationToken = default)
    {
        var result = await WazoAnswers.Required(
            () => api.LogoutAsync(tenants.Resolve(tenant), cancellationToken),
            answer => LocationOf(answer) is null ? "The body's location is not a URI." : null).ConfigureAwait(false);
        return LocationOf(result)!;
    }

    // The location is present (checked as it is read); it must also be a URI.
    private static Uri? LocationOf(WazoSamlLogoutResult result) =>
        Uri.TryCreate(result.Location, UriKind.RelativeOrAbsolute, out var location) ? location : null;
}
