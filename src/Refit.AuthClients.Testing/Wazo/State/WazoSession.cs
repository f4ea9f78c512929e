namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoSession
{
    public required Guid Uuid { get; init; }

    public required Guid UserUuid { get; init; }

    public required Guid TenantUuid { get; init; }

    public bool Mobile { get; init; }
}
