using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Administration calls (the reference client's <c>admin</c> command).</summary>
public interface IWazoAdminClient
{
    /// <summary>
    /// <c>PUT /admin/users/{user_uuid}/emails</c> (<c>admin.update_user_emails</c>): replaces a user's e-mail
    /// addresses as an administrator, who may set <see cref="WazoEmailAddressUpdate.Confirmed"/>. Exactly one must be
    /// <see cref="WazoEmailAddressUpdate.Main"/>; an empty list removes them all.
    /// </summary>
    /// <param name="userUuid">The user's UUID.</param>
    /// <param name="emails">The complete list of addresses.</param>
    /// <param name="tenant">The tenant to act on (<c>Wazo-Tenant</c>) for this call only; the client's tenant when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's addresses as stored.</returns>
    Task<IReadOnlyList<WazoUserEmail>> UpdateUserEmailsAsync(
        string userUuid,
        IEnumerable<WazoEmailAddressUpdate> emails,
        string? tenant = null,
        CancellationToken cancellationToken = default);
}
