using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>The user catalog has no display name for the UUID asked for.</summary>
public sealed class NoUserNameException : AstakosClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="info">The redacted facts of the lookup.</param>
    /// <param name="uuid">The UUID looked up.</param>
    public NoUserNameException(AuthErrorInfo info, string uuid)
        : base(info, $"No display name for the given uuid: {uuid}")
    {
        Uuid = uuid;
    }

    /// <summary>The UUID looked up.</summary>
    public string Uuid { get; }
}
