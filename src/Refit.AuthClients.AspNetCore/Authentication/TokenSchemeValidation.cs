using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Checks, with the scheme's options when the application starts, that the client a token scheme validates tokens with
/// is registered: without it every request would fail.
/// </summary>
/// <typeparam name="TOptions">The scheme's options.</typeparam>
/// <param name="scheme">The scheme's name: the named options this check goes with.</param>
/// <param name="client">The service the scheme's validator resolves.</param>
/// <param name="registration">The call that registers <paramref name="client"/>, for the message.</param>
/// <param name="services">The application's services.</param>
internal sealed class TokenSchemeValidation<TOptions>(string scheme, Type client, string registration, IServiceProvider services) : IValidateOptions<TOptions>
    where TOptions : TokenAuthenticationOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        !string.Equals(name, scheme, StringComparison.Ordinal) || services.GetService<IServiceProviderIsService>()?.IsService(client) != false
            ? ValidateOptionsResult.Skip
            : ValidateOptionsResult.Fail(
                $"The '{scheme}' authentication scheme validates tokens with {client.Name}, which is not registered: call services.{registration}(…).");
}
