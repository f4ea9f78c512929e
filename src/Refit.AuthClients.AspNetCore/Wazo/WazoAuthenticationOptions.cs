using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Settings of the wazo-auth authentication scheme.</summary>
public sealed class WazoAuthenticationOptions : TokenAuthenticationOptions
{
    /// <summary>Whether <c>Authorization: Bearer &lt;token&gt;</c> is read when the token header is absent (the default).</summary>
    public bool AcceptBearerToken { get; set; } = true;

    /// <summary>
    /// The request header naming the tenant the request acts on (<c>Wazo-Tenant</c> by default); wazo-auth checks that
    /// the token may act on it. Null or empty: not read.
    /// </summary>
    public string? TenantHeaderName { get; set; } = WazoHeaders.Tenant;
}
