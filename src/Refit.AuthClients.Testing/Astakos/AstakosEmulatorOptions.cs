namespace Refit.AuthClients.Testing.Astakos;

/// <summary>Settings of an <see cref="AstakosEmulator"/>.</summary>
public sealed class AstakosEmulatorOptions
{
    /// <summary>The clock of token expiry and of the dates the emulator reports. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// A deployment prefix every API is served under, e.g. <c>/astakos</c> (giving <c>/astakos/account/v1.0</c>), to
    /// check that a client takes its paths from the service catalog. Default: none.
    /// </summary>
    public string PathPrefix { get; set; } = "";

    /// <summary>How long a user token lives from its creation or renewal. Default: 30 days.</summary>
    public TimeSpan UserTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an OAuth2 access token lives. Default: 20 s, as the server.</summary>
    public TimeSpan OAuth2TokenLifetime { get; set; } = TimeSpan.FromSeconds(20);
}
