namespace Refit.AuthClients.Wazo.Api;

/// <summary>The wazo-auth specific HTTP headers.</summary>
public static class WazoHeaders
{
    /// <summary>The tenant a call acts on: the caller's tenant or one of its sub-tenants.</summary>
    public const string Tenant = "Wazo-Tenant";

    /// <summary>The session type of a token creation: <c>mobile</c> or <c>desktop</c>.</summary>
    public const string SessionType = "Wazo-Session-Type";

    /// <summary>The response header of a token creation telling how many older sessions it revoked.</summary>
    public const string SessionsRevoked = "Wazo-Sessions-Revoked";

    /// <summary>The HTTP basic credentials of a token creation.</summary>
    public const string Authorization = "Authorization";
}
