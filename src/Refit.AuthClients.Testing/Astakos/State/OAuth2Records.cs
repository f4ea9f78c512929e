namespace Refit.AuthClients.Testing.Astakos.State;

internal sealed record OAuth2Client(string Id, string Secret, string RedirectUri);

/// <summary>A single-use authorization code, as the authorization step would have issued it.</summary>
internal sealed record OAuth2Code(string Code, string ClientId, string RedirectUri, string UserUuid, string Scope);

/// <summary>An access token issued for a code; its scope bounds what <c>belongsTo</c> may name.</summary>
internal sealed record OAuth2AccessToken(string Code, string UserUuid, string Scope, DateTimeOffset ExpiresAt);
