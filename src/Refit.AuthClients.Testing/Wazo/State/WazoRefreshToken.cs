namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoRefreshToken
{
    public required Guid Token { get; init; }

    public required string ClientId { get; init; }

    public required Guid UserUuid { get; init; }

    public required Guid TenantUuid { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public bool Mobile { get; init; }
}
