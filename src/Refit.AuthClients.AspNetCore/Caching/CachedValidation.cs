namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// What the cache holds for one token: who it identifies (null: the token is invalid) and until when that answer
/// holds. The instant travels with the entry, so that every instance sharing a distributed cache honours it.
/// </summary>
/// <typeparam name="TIdentity">What a valid token identifies.</typeparam>
/// <param name="Identity">The token's identity; null when the token is invalid.</param>
/// <param name="CachedUntil">When the answer stops holding: the token's expiry (bounded) or the end of the invalid mark.</param>
/// <param name="ValidatedAt">When the service gave the answer.</param>
internal sealed record CachedValidation<TIdentity>(TIdentity? Identity, DateTimeOffset CachedUntil, DateTimeOffset ValidatedAt)
    where TIdentity : class;
