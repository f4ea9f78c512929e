namespace Refit.AuthClients.Testing.Wazo.State;

internal sealed class WazoToken
{
    public required Guid Token { get; init; }

    public required Guid UserUuid { get; init; }

    public required Guid TenantUuid { get; init; }

    public required Guid SessionUuid { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The ACL computed from the user's policies when the token was created.</summary>
    public required IReadOnlyList<string> Acl { get; init; }

    public required string Purpose { get; init; }

    public string? UserAgent { get; init; }

    public string RemoteAddress { get; init; } = "127.0.0.1";

    /// <summary>The refresh token created or used with this token, returned once in the creation answer.</summary>
    public Guid? RefreshToken { get; init; }

    public AclMatcher Matcher() => new(Acl, UserUuid.ToString(), SessionUuid.ToString());
}
