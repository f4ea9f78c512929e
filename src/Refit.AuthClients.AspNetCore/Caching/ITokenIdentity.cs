namespace Refit.AuthClients.AspNetCore;

/// <summary>What a validated token identifies, as the validation cache keeps it.</summary>
internal interface ITokenIdentity
{
    /// <summary>When the token expires, if the service says.</summary>
    DateTimeOffset? ExpiresAt { get; }
}
