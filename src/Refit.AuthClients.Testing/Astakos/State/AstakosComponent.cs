namespace Refit.AuthClients.Testing.Astakos.State;

/// <summary>A registered Synnefo component (Cyclades, Pithos, …): it holds a service token and owns commissions.</summary>
internal sealed class AstakosComponent
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required string Token { get; init; }

    /// <summary>The component's public API URL published in the catalog, or null when it publishes none.</summary>
    public string? PublicUrl { get; init; }

    public required string UiUrl { get; init; }
}
