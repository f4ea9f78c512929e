using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Tokens;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// The wazo-auth client (see <see cref="IWazoAuthClient"/>): sub-clients over the Refit interfaces, sharing the
/// registration's token source and tenant. Obtain it from DI or from <see cref="Create"/>.
/// </summary>
public sealed partial class WazoAuthClient : IWazoAuthClient
{
    private readonly MutableTokenSource _token;
    private readonly WazoClientTenant _tenant;

    internal WazoAuthClient(IServiceProvider services)
    {
        _token = services.GetRequiredKeyedService<MutableTokenSource>(WazoAuthServiceCollectionExtensions.ServiceKey);
        _tenant = services.GetRequiredKeyedService<WazoClientTenant>(WazoAuthServiceCollectionExtensions.ServiceKey);
        var options = services.GetRequiredService<IOptions<WazoAuthClientOptions>>().Value;
        var tenant = _tenant;
        T Api<T>()
            where T : notnull => services.GetRequiredService<T>();

        Admin = new WazoAdminClient(Api<IWazoUserEmailApi>(), tenant);
        Backends = new WazoBackendsClient(Api<IWazoBackendApi>());
        Config = new WazoConfigClient(Api<IWazoConfigApi>(), tenant);
        Emails = new WazoEmailsClient(Api<IWazoEmailApi>(), tenant);
        External = new WazoExternalAuthClient(Api<IWazoExternalAuthApi>(), Api<IWazoMobileAuthApi>(), tenant);
        Groups = new WazoGroupsClient(Api<IWazoGroupApi>(), tenant);
        Idp = new WazoIdpClient(Api<IWazoIdpApi>(), tenant);
        LdapConfig = new WazoLdapConfigClient(Api<IWazoLdapConfigApi>(), tenant);
        Policies = new WazoPoliciesClient(Api<IWazoPolicyApi>(), tenant);
        RefreshTokens = new WazoRefreshTokensClient(Api<IWazoRefreshTokenApi>(), tenant);
        Saml = new WazoSamlClient(Api<IWazoSamlApi>(), tenant);
        SamlConfig = new WazoSamlConfigClient(Api<IWazoSamlConfigApi>(), tenant);
        Sessions = new WazoSessionsClient(Api<IWazoSessionApi>(), tenant);
        Status = new WazoStatusClient(Api<IWazoStatusApi>());
        Tenants = new WazoTenantsClient(Api<IWazoTenantApi>(), tenant);
        Token = new WazoTokenClient(Api<IWazoTokenApi>(), Api<IWazoRefreshTokenApi>(), tenant, options);
        Users = new WazoUsersClient(
            Api<IWazoUserApi>(), Api<IWazoUserEmailApi>(), Api<IWazoPasswordResetApi>(), Api<IWazoUserRegistrationApi>(), tenant);
    }

    /// <inheritdoc />
    public IWazoAdminClient Admin { get; }

    /// <inheritdoc />
    public IWazoBackendsClient Backends { get; }

    /// <inheritdoc />
    public IWazoConfigClient Config { get; }

    /// <inheritdoc />
    public IWazoEmailsClient Emails { get; }

    /// <inheritdoc />
    public IWazoExternalAuthClient External { get; }

    /// <inheritdoc />
    public IWazoGroupsClient Groups { get; }

    /// <inheritdoc />
    public IWazoIdpClient Idp { get; }

    /// <inheritdoc />
    public IWazoLdapConfigClient LdapConfig { get; }

    /// <inheritdoc />
    public IWazoPoliciesClient Policies { get; }

    /// <inheritdoc />
    public IWazoRefreshTokensClient RefreshTokens { get; }

    /// <inheritdoc />
    public IWazoSamlClient Saml { get; }

    /// <inheritdoc />
    public IWazoSamlConfigClient SamlConfig { get; }

    /// <inheritdoc />
    public IWazoSessionsClient Sessions { get; }

    /// <inheritdoc />
    public IWazoStatusClient Status { get; }

    /// <inheritdoc />
    public IWazoTenantsClient Tenants { get; }

    /// <inheritdoc />
    public IWazoTokenClient Token { get; }

    /// <inheritdoc />
    public IWazoUsersClient Users { get; }

    /// <inheritdoc />
    public string? Tenant => _tenant.Current;

    /// <inheritdoc />
    public void SetToken(string? token)
    {
        if (token is { Length: > 0 } && string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The token cannot be blank (pass null to remove it).", nameof(token));
        }

        _token.Set(token);
    }

    /// <inheritdoc />
    public void SetTenant(string? tenant) => _tenant.Set(tenant);

    /// <summary>Shows the tenant and whether a token is set, never the token.</summary>
    public override string ToString() => $"{nameof(WazoAuthClient)} {{ Tenant = {Tenant ?? "none"}, Token = {_token} }}";
}
