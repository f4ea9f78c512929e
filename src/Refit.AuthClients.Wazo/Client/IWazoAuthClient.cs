namespace Refit.AuthClients.Wazo;

/// <summary>
/// The wazo-auth client: one sub-client per command of the reference Python client (<c>wazo-auth-client</c>), with
/// the same calls (<c>new</c> is <c>CreateAsync</c>, <c>edit</c> is <c>UpdateAsync</c>, other verbs keep their
/// name). Calls act with the client's token (<see cref="SetToken"/>) and, where the server reads one, the client's
/// tenant (<see cref="SetTenant"/>) unless the call names its own. Every failure of a call is a
/// <see cref="Errors.WazoAuthException"/>; invalid arguments throw <see cref="ArgumentException"/> before any request.
/// Obtain it from DI (<see cref="DependencyInjection.WazoAuthServiceCollectionExtensions"/>) or from
/// <see cref="WazoAuthClient.Create"/>.
/// </summary>
public interface IWazoAuthClient
{
    /// <summary>Administration: a user's e-mail addresses as an administrator (<c>admin</c>).</summary>
    IWazoAdminClient Admin { get; }

    /// <summary>The enabled authentication backends (<c>backends</c>).</summary>
    IWazoBackendsClient Backends { get; }

    /// <summary>The service's running configuration (<c>config</c>).</summary>
    IWazoConfigClient Config { get; }

    /// <summary>E-mail address confirmation (<c>emails</c>).</summary>
    IWazoEmailsClient Emails { get; }

    /// <summary>External authentication: users' data, tenant configuration, connected users (<c>external</c>).</summary>
    IWazoExternalAuthClient External { get; }

    /// <summary>Groups, their policies and users (<c>groups</c>).</summary>
    IWazoGroupsClient Groups { get; }

    /// <summary>Identity provider types and their users (<c>idp</c>).</summary>
    IWazoIdpClient Idp { get; }

    /// <summary>The tenant's LDAP configuration (<c>ldap_config</c>).</summary>
    IWazoLdapConfigClient LdapConfig { get; }

    /// <summary>ACL policies and their accesses (<c>policies</c>).</summary>
    IWazoPoliciesClient Policies { get; }

    /// <summary>The tenant's refresh tokens (<c>refresh_tokens</c>).</summary>
    IWazoRefreshTokensClient RefreshTokens { get; }

    /// <summary>SAML login and logout (<c>saml</c>).</summary>
    IWazoSamlClient Saml { get; }

    /// <summary>The tenant's SAML configuration (<c>saml_config</c>).</summary>
    IWazoSamlConfigClient SamlConfig { get; }

    /// <summary>Sessions (<c>sessions</c>).</summary>
    IWazoSessionsClient Sessions { get; }

    /// <summary>Service health (<c>status</c>).</summary>
    IWazoStatusClient Status { get; }

    /// <summary>Tenants, their domains and parent (<c>tenants</c>).</summary>
    IWazoTenantsClient Tenants { get; }

    /// <summary>Token creation, checks, revocation and a user's refresh tokens (<c>token</c>).</summary>
    IWazoTokenClient Token { get; }

    /// <summary>Users, passwords, e-mail addresses, groups, policies and sessions (<c>users</c>).</summary>
    IWazoUsersClient Users { get; }

    /// <summary>The client's tenant, sent as <c>Wazo-Tenant</c> by calls that name none; null when none.</summary>
    string? Tenant { get; }

    /// <summary>
    /// Replaces the token of every later call (<c>set_token</c>), e.g. with <see cref="Models.WazoToken.Token"/> of a
    /// token just created. Safe from any thread; shared by every client of the same registration.
    /// </summary>
    /// <param name="token">The token; null or empty removes it.</param>
    /// <exception cref="ArgumentException"><paramref name="token"/> is blank.</exception>
    void SetToken(string? token);

    /// <summary>
    /// Replaces the client's tenant (<c>set_tenant</c>) for every later call that names none. Safe from any thread;
    /// shared by every client of the same registration. Calls already under way keep the tenant they started with.
    /// </summary>
    /// <param name="tenant">The tenant's UUID; null or empty removes it.</param>
    /// <exception cref="ArgumentException"><paramref name="tenant"/> is blank.</exception>
    void SetTenant(string? tenant);
}
