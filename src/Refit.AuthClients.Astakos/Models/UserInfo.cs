namespace Refit.AuthClients.Astakos;

/// <summary>What <see cref="IAstakosClient.GetUserInfoAsync"/> returns: a token's user and, on request, its quotas.</summary>
/// <param name="Token">The token.</param>
/// <param name="User">The token's user.</param>
/// <param name="Quotas">The user's quotas (source → resource → entry) when asked for, else null.</param>
public sealed record UserInfo(
    AstakosToken Token,
    AstakosUser User,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>? Quotas);
