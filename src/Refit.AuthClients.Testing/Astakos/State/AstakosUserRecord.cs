namespace Refit.AuthClients.Testing.Astakos.State;

internal sealed class AstakosUserRecord
{
    public required string Uuid { get; init; }

    /// <summary>The user name (an e-mail address on real deployments), unique.</summary>
    public required string DisplayName { get; init; }

    public required string RealName { get; init; }

    public required string Token { get; set; }

    public required DateTimeOffset TokenExpires { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Project administrators may approve applications and act on any project or membership.</summary>
    public bool IsProjectAdmin { get; init; }

    /// <summary>The default project; the user's system project (its own uuid) until set.</summary>
    public string? DefaultProject { get; set; }
}
