using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// The body of <c>POST /tenants</c>. The parent is the scoping tenant: pass the parent's UUID as the call's tenant
/// (<c>Wazo-Tenant</c>), never in the body.
/// </summary>
public sealed record WazoTenantCreate : WazoTenantFields
{
    /// <summary>The UUID to give the tenant; generated when null.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>A human-readable identifier (1 to 10 characters); generated when null. Cannot change later.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }
}
