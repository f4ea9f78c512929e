namespace Refit.AuthClients.Testing.Wazo;

/// <summary>Settings of a <see cref="WazoAuthEmulator"/>.</summary>
public sealed class WazoAuthEmulatorOptions
{
    /// <summary>The clock of token expiry, issue times and refresh-token creation dates. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The uuid of the master (top) tenant. Default: a new random uuid.</summary>
    public Guid? MasterTenantUuid { get; set; }

    /// <summary>The lifetime of a token created without <c>expiration</c>. Default: 7200 s, as the server.</summary>
    public TimeSpan DefaultTokenLifetime { get; set; } = TimeSpan.FromSeconds(7200);

    /// <summary>The platform uuid put in tokens as <c>xivo_uuid</c>. Default: a new random uuid.</summary>
    public Guid? XivoUuid { get; set; }
}
