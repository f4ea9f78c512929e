using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>The user catalog has no UUID for the display name asked for.</summary>
public sealed class NoUuidException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the lookup.</param>
    /// <param name="displayName">The display name looked up.</param>
    public NoUuidException(AuthErrorInfo info, string displayName)
        : base(info, $"No uuid for the given display name: {displayName}")
    {
        DisplayName = displayName;
    }

    /// <summary>The display name looked up.</summary>
    public string DisplayName { get; }
}
