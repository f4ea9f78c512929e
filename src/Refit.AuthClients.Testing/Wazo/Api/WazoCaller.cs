using Refit.AuthClients.Testing.Wazo.State;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>An authenticated request: its token and the tenant it acts on (<c>Wazo-Tenant</c>, else the token's).</summary>
internal sealed record WazoCaller(WazoToken Token, Guid ScopingTenant);
