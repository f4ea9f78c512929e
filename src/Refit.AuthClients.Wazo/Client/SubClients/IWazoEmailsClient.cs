namespace Refit.AuthClients.Wazo;

/// <summary>E-mail address confirmation (the reference client's <c>emails</c> command).</summary>
public interface IWazoEmailsClient
{
    /// <summary>
    /// <c>PUT /emails/{email_uuid}/confirm</c> (<c>emails.confirm</c>): confirms an address. The client's token must
    /// hold <c>auth.emails.{email_uuid}.confirm.update</c> (normally the token of the confirmation e-mail: see
    /// <see cref="IWazoAuthClient.SetToken"/>).
    /// </summary>
    /// <param name="emailUuid">The address's UUID.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ConfirmAsync(string emailUuid, string? tenant = null, CancellationToken cancellationToken = default);
}
