namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoGroup
{
    public required Guid Uuid { get; init; }

    public required Guid TenantUuid { get; init; }

    public required string Name { get; set; }

    public required string Slug { get; init; }

    /// <summary>System groups (the tenant's all-users group) cannot be changed through the API.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The tenant's all-users group: every user of the tenant is a member.</summary>
    public bool HoldsAllUsersOfTenant { get; init; }

    public HashSet<Guid> UserUuids { get; } = [];

    public HashSet<Guid> PolicyUuids { get; } = [];

    public bool HasMember(WazoUser user) =>
        HoldsAllUsersOfTenant ? user.TenantUuid == TenantUuid : UserUuids.Contains(user.Uuid);
}
