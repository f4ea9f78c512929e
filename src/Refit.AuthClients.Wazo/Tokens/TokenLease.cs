using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Tokens;

/// <summary>A token the source holds, with the instants (on the local clock) that govern it.</summary>
/// <param name="Token">The token as wazo-auth returned it.</param>
/// <param name="Value">The token itself.</param>
/// <param name="ObtainedAt">When the request that created it was sent.</param>
/// <param name="RenewAt">When to start replacing it.</param>
/// <param name="ExpiresAt">When it stops being valid.</param>
/// <param name="Rejected">Whether a service rejected it (401): it is no longer handed out.</param>
internal sealed record TokenLease(WazoToken Token, string Value, DateTimeOffset ObtainedAt, DateTimeOffset RenewAt, DateTimeOffset ExpiresAt, bool Rejected = false)
{
    /// <summary>Whether the token can still be handed out at <paramref name="now"/>.</summary>
    public bool IsUsable(DateTimeOffset now) => !Rejected && now < ExpiresAt;

    /// <summary>Never shows the token.</summary>
    public override string ToString() => $"{nameof(TokenLease)} {{ RenewAt = {RenewAt:O}, ExpiresAt = {ExpiresAt:O}, Rejected = {Rejected} }}";
}
