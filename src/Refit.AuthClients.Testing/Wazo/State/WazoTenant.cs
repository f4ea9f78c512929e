namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoTenant
{
    public static readonly string[] AddressKeys = ["line_1", "line_2", "city", "state", "country", "zip_code"];

    public required Guid Uuid { get; init; }

    /// <summary>The parent; the master tenant is its own parent, as on the real server.</summary>
    public required Guid ParentUuid { get; set; }

    public string? Name { get; set; }

    public required string Slug { get; init; }

    public Guid? Contact { get; set; }

    public string? Phone { get; set; }

    public string DefaultAuthenticationMethod { get; set; } = "native";

    /// <summary>Domain name → its uuid, kept sorted by name.</summary>
    public SortedDictionary<string, Guid> Domains { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> Address { get; set; } = AddressKeys.ToDictionary(k => k, _ => (string?)null);

    public bool IsMaster => ParentUuid == Uuid;
}
