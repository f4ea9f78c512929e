namespace Refit.AuthClients.Testing.Astakos.State;

/// <summary>A pending commission: provisions applied tentatively, owned by the component that issued it.</summary>
internal sealed class Commission
{
    public required long Serial { get; init; }

    public required string Component { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset IssueTime { get; init; }

    public required IReadOnlyList<ProvisionRecord> Provisions { get; init; }
}

internal sealed record ProvisionRecord(string Holder, string? Source, string Resource, long Quantity)
{
    public HoldingKey Key => new(Holder, Source, Resource);
}
