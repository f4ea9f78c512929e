namespace Refit.AuthClients.Testing.Astakos.State;

internal sealed class AstakosResourceRecord
{
    public required string Name { get; init; }

    public required string Service { get; init; }

    public string? Description { get; init; }

    public string? Unit { get; init; }

    public bool UiVisible { get; init; } = true;

    public bool ApiVisible { get; init; } = true;

    /// <summary>The base quota every user gets in its system project.</summary>
    public long DefaultLimit { get; init; }
}
