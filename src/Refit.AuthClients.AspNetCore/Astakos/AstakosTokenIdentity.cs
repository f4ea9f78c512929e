using System.Security.Claims;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.AspNetCore;

/// <summary>What a valid Astakos token identifies, as the validation cache keeps it (never the token itself).</summary>
internal sealed record AstakosTokenIdentity(
    string? Uuid,
    string? DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Projects,
    DateTimeOffset? ExpiresAt) : ITokenIdentity
{
    /// <summary>The identity an authentication answered.</summary>
    public static AstakosTokenIdentity From(AstakosAccess access) => new(
        access.User?.Id ?? access.Token?.Tenant?.Id,
        access.User?.Name ?? access.Token?.Tenant?.Name,
        [.. (access.User?.Roles ?? []).Select(r => r.Name).OfType<string>().Where(n => n.Length > 0)],
        [.. (access.User?.Projects ?? []).Where(p => !string.IsNullOrEmpty(p))],
        access.Token?.Expires);

    /// <summary>Astakos does not say when a token was issued.</summary>
    DateTimeOffset? ITokenIdentity.IssuedAt => null;

    /// <summary>The claims of the identity, for scheme <paramref name="scheme"/>.</summary>
    public ClaimsIdentity ToClaimsIdentity(string scheme)
    {
        var claims = new List<Claim>(Roles.Count + Projects.Count + 3);
        if (!string.IsNullOrEmpty(Uuid))
        {
            claims.Add(new Claim(ClaimTypes.NameIdentifier, Uuid));
            claims.Add(new Claim(AuthClaimTypes.AstakosUuid, Uuid));
        }

        if (!string.IsNullOrEmpty(DisplayName))
        {
            claims.Add(new Claim(AuthClaimTypes.AstakosDisplayName, DisplayName));
        }

        claims.AddRange(Roles.Select(role => new Claim(AuthClaimTypes.AstakosRole, role)));
        claims.AddRange(Projects.Select(project => new Claim(AuthClaimTypes.AstakosProject, project)));
        return new ClaimsIdentity(claims, scheme, AuthClaimTypes.AstakosDisplayName, AuthClaimTypes.AstakosRole);
    }
}
