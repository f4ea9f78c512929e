namespace Refit.AuthClients.Testing.Wazo;

/// <summary>Everything <see cref="WazoAuthEmulator.AddUser(WazoUserSeed)"/> can set on a new user.</summary>
public sealed class WazoUserSeed
{
    /// <summary>The login. Either this or <see cref="EmailAddress"/> is needed to log in.</summary>
    public string? Username { get; init; }

    /// <summary>The password; null leaves the user without one (it cannot log in with Basic credentials).</summary>
    public string? Password { get; init; }

    /// <summary>The uuid; default a new random one.</summary>
    public Guid? Uuid { get; init; }

    /// <summary>The tenant; default the master tenant.</summary>
    public EmulatedWazoTenant? Tenant { get; init; }

    /// <summary>The first name.</summary>
    public string? Firstname { get; init; }

    /// <summary>The last name.</summary>
    public string? Lastname { get; init; }

    /// <summary>A main, confirmed e-mail address (also usable as the login).</summary>
    public string? EmailAddress { get; init; }

    /// <summary><c>user</c> (default), <c>internal</c> or <c>external_api</c>.</summary>
    public string Purpose { get; init; } = "user";

    /// <summary>Whether the user may log in. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Policies held directly.</summary>
    public IReadOnlyList<EmulatedWazoPolicy> Policies { get; init; } = [];

    /// <summary>Groups the user belongs to (their policies apply too).</summary>
    public IReadOnlyList<EmulatedWazoGroup> Groups { get; init; } = [];
}
