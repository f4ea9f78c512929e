namespace Refit.AuthClients.Http;

/// <summary>Header names shared by the services this SDK talks to.</summary>
public static class AuthHeaderNames
{
    /// <summary>The token header both Astakos and wazo-auth read.</summary>
    public const string AuthToken = "X-Auth-Token";
}
