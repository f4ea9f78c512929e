namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoPolicy
{
    public required Guid Uuid { get; init; }

    public required Guid TenantUuid { get; init; }

    public required string Name { get; set; }

    public required string Slug { get; init; }

    public string? Description { get; set; }

    public List<string> Acl { get; set; } = [];

    public bool Shared { get; init; }
}
