using System.Security.Claims;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.AspNetCore;

/// <summary>What a valid wazo token identifies, as the validation cache keeps it (never the token itself).</summary>
internal sealed record WazoTokenIdentity(
    string? AuthId,
    string? UserUuid,
    string? TenantUuid,
    string? UserTenantUuid,
    string? SessionUuid,
    IReadOnlyList<string> Acl,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? IssuedAt) : ITokenIdentity
{
    /// <summary>The identity of <paramref name="token"/>, validated for <paramref name="tenant"/> (none when null).</summary>
    public static WazoTokenIdentity From(WazoToken token, string? tenant) => new(
        token.AuthId,
        token.Metadata?.Uuid,
        tenant ?? token.Metadata?.TenantUuid,
        token.Metadata?.TenantUuid,
        token.SessionUuid,
        token.Acl,
        token.UtcExpiresAtInstant,
        token.UtcIssuedAtInstant);

    /// <summary>The claims of the identity, for scheme <paramref name="scheme"/>.</summary>
    public ClaimsIdentity ToClaimsIdentity(string scheme)
    {
        var claims = new List<Claim>(Acl.Count + 6);
        Add(claims, ClaimTypes.NameIdentifier, AuthId);
        Add(claims, AuthClaimTypes.WazoAuthId, AuthId);
        Add(claims, AuthClaimTypes.WazoUserUuid, UserUuid);
        Add(claims, AuthClaimTypes.WazoTenantUuid, TenantUuid);
        Add(claims, AuthClaimTypes.WazoUserTenantUuid, UserTenantUuid);
        Add(claims, AuthClaimTypes.WazoSessionUuid, SessionUuid);
        foreach (var acl in Acl)
        {
            Add(claims, AuthClaimTypes.WazoAcl, acl);
        }

        return new ClaimsIdentity(claims, scheme, AuthClaimTypes.WazoAuthId, ClaimTypes.Role);
    }

    private static void Add(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claims.Add(new Claim(type, value));
        }
    }
}
