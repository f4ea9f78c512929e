namespace Refit.AuthClients.AspNetCore;

/// <summary>Defaults of the Astakos authentication scheme.</summary>
public static class AstakosAuthenticationDefaults
{
    /// <summary>The scheme's default name: <c>Astakos</c>.</summary>
    public const string AuthenticationScheme = "Astakos";

    /// <summary>The default name of the cookie Astakos sets on login (Synnefo's <c>ASTAKOS_COOKIE_NAME</c>).</summary>
    public const string CookieName = "_pithos2_a";
}
