namespace Refit.AuthClients.Wazo.Api;

/// <summary>E-mail address confirmation (<c>/emails/{email_uuid}/confirm</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoEmailApi
{
    /// <summary>
    /// <c>PUT /emails/{email_uuid}/confirm</c>: confirms an address. The client's token must hold
    /// <c>auth.emails.{email_uuid}.confirm.update</c> (normally the token of the confirmation e-mail).
    /// </summary>
    /// <param name="emailUuid">The address's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("/emails/{email_uuid}/confirm")]
    Task ConfirmAsync(
        [AliasAs("email_uuid")] string emailUuid,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>GET /emails/{email_uuid}/confirm?token=</c>: the browser endpoint of the confirmation link, which confirms
    /// the address and answers an HTML page. The caller disposes the response.
    /// </summary>
    /// <param name="emailUuid">The address's UUID.</param>
    /// <param name="token">The token of the confirmation e-mail.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("/emails/{email_uuid}/confirm")]
    Task<HttpResponseMessage> ConfirmFromLinkAsync(
        [AliasAs("email_uuid")] string emailUuid,
        [Query] string token,
        [Header(WazoHeaders.Tenant)] string? tenant = null,
        CancellationToken cancellationToken = default);
}
