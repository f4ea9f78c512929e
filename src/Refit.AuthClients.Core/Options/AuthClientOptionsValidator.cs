using Microsoft.Extensions.Options;

namespace Refit.AuthClients.Options;

/// <summary>Validates any <see cref="AuthClientOptions"/> at start, through its <see cref="AuthClientOptions.Validate"/>.</summary>
public sealed class AuthClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : AuthClientOptions
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        options.Validate(errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
