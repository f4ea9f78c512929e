using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>A user's own account: registration, password and e-mail addresses.</summary>
internal sealed partial class WazoUsersClient
{
    public Task<WazoUser> RegisterAsync(WazoUserRegistration registration, CancellationToken cancellationToken = default)
    {
        WazoArguments.Required(registration, nameof(registration));
        WazoArguments.Field(registration.Username, nameof(registration.Username), nameof(registration));
        WazoArguments.Field(registration.Password, nameof(registration.Password), nameof(registration));
        WazoArguments.Field(registration.EmailAddress, nameof(registration.EmailAddress), nameof(registration));
        return WazoAnswers.Required(() => registrations.RegisterAsync(registration, cancellationToken));
    }

    public Task ChangePasswordAsync(
        string userUuid,
        string oldPassword,
        string newPassword,
        string? tenant = null,
        CancellationToken cancellationToken = default)
    {
        var change = new WazoPasswordChange
        {
            OldPassword = WazoArguments.Text(oldPassword, nameof(oldPassword)),
            NewPassword = WazoArguments.Text(newPassword, nameof(newPassword)),
        };
        return api.ChangePasswordAsync(WazoArguments.Text(userUuid, nameof(userUuid)), change, tenants.Resolve(tenant), cancellationToken);
    }

    public Task ResetPasswordAsync(string? username = null, string? email = null, string? login = null, CancellationToken cancellationToken = default)
    {
        var given = new[] { username, email, login }.Count(value => value is not null);
        if (given != 1)
        {
            throw new ArgumentException("Give exactly one of username, email and login.", nameof(username));
        }

        return passwords.RequestAsync(
            WazoArguments.Optional(username, nameof(username)),
            WazoArguments.Optional(email, nameof(email)),
            WazoArguments.Optional(login, nameof(login)),
            cancellationToken);
    }

    public Task SetPasswordAsync(
        string userUuid,
        string? password,
        string? token = null,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        passwords.SetPasswordAsync(
            WazoArguments.Text(userUuid, nameof(userUuid)),
            new WazoPasswordReset { Password = WazoArguments.Optional(password, nameof(password)) },
            WazoArguments.Optional(token, nameof(token)),
            tenants.Resolve(tenant),
            cancellationToken);

    public Task<IReadOnlyList<WazoUserEmail>> UpdateEmailsAsync(
        string userUuid,
        IEnumerable<WazoEmailAddressUpdate> emails,
        string? tenant = null,
        CancellationToken cancellationToken = default) =>
        WazoAnswers.Required(
            () => emailApi.UpdateAsync(
                WazoArguments.Text(userUuid, nameof(userUuid)),
                WazoArguments.Emails(emails, nameof(emails)),
                tenants.Resolve(tenant),
                cancellationToken));

    public Task RequestConfirmationEmailAsync(string userUuid, string emailUuid, string? tenant = null, CancellationToken cancellationToken = default) =>
        emailApi.RequestConfirmationAsync(
            WazoArguments.Text(userUuid, nameof(userUuid)),
            WazoArguments.Text(emailUuid, nameof(emailUuid)),
            tenants.Resolve(tenant),
            cancellationToken);
}
