namespace Refit.AuthClients.Wazo;

/// <summary>
/// The client's tenant, shared by the sub-clients of one registration and replaceable from any thread. A call's own
/// tenant wins over it for that call only: it travels as the call's header argument, never through this holder.
/// </summary>
internal sealed class WazoClientTenant
{
    private volatile string? _tenant;

    public WazoClientTenant(string? tenant) => Set(tenant);

    public string? Current => _tenant;

    /// <summary>Replaces the tenant; null or empty removes it.</summary>
    public void Set(string? tenant)
    {
        if (tenant is { Length: > 0 } && string.IsNullOrWhiteSpace(tenant))
        {
            throw new ArgumentException("The tenant cannot be blank (pass null to remove it).", nameof(tenant));
        }

        _tenant = string.IsNullOrEmpty(tenant) ? null : tenant;
    }

    /// <summary>The tenant to send with one call: the call's own when given, else the client's.</summary>
    public string? Resolve(string? callTenant) => WazoArguments.Optional(callTenant, "tenant") ?? _tenant;
}
