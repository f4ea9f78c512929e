namespace Refit.AuthClients.AspNetCore;

/// <summary>Settings of the Astakos authentication scheme.</summary>
public sealed class AstakosAuthenticationOptions : TokenAuthenticationOptions
{
    /// <summary>
    /// The cookie read when the token header is absent: the url-encoded <c>&lt;uuid&gt;|&lt;token&gt;</c> Astakos sets on
    /// login (<see cref="AstakosAuthenticationDefaults.CookieName"/> by default). Null or empty: no cookie is read.
    /// </summary>
    public string? CookieName { get; set; } = AstakosAuthenticationDefaults.CookieName;
}
