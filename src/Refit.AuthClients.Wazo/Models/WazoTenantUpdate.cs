namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>PUT /tenants/{tenant_uuid}</c> (the slug cannot change).</summary>
public sealed record WazoTenantUpdate : WazoTenantFields;
