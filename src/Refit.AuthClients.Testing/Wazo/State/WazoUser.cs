namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoUser
{
    public required Guid Uuid { get; init; }

    public required Guid TenantUuid { get; init; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? Firstname { get; set; }

    public string? Lastname { get; set; }

    public bool Enabled { get; set; } = true;

    public string Purpose { get; set; } = "user";

    public string AuthenticationMethod { get; set; } = "default";

    public List<WazoEmail> Emails { get; } = [];

    public HashSet<Guid> PolicyUuids { get; } = [];

    public bool HasLogin(string login) =>
        string.Equals(Username, login, StringComparison.Ordinal)
        || Emails.Any(e => e.Confirmed && string.Equals(e.Address, login, StringComparison.OrdinalIgnoreCase));
}

internal sealed class WazoEmail
{
    public required Guid Uuid { get; init; }

    public required string Address { get; init; }

    public bool Main { get; set; }

    public bool Confirmed { get; set; }
}
