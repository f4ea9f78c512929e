namespace Refit.AuthClients.AspNetCore;

/// <summary>What a validated token identifies, as the validation cache keeps it.</summary>
internal interface ITokenIdentity
{
    /// <summary>When the token expires, on the service's clock, if the service says.</summary>
    DateTimeOffset? ExpiresAt { get; }

    /// <summary>When the token was issued, on the service's clock, if the service says.</summary>
    DateTimeOffset? IssuedAt { get; }
}
