using System.Text;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.ContractTests;

public static partial class WazoContractCases
{
    private const string AcsUrl = "https://stack.wazo.local/api/0.1/saml/acs";

    private static StreamPart Metadata() => new(
        new MemoryStream(Encoding.UTF8.GetBytes("<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://idp.example.com\"/>")),
        "metadata.xml",
        "application/xml");

    private static IEnumerable<ContractCase> BackendCases() =>
    [
        Parsed("GET /backends", 200, s => s.Api<IWazoBackendApi>().ListAsync()),
        Parsed("GET /backends/ldap", 200, s => s.Api<IWazoLdapConfigApi>().GetAsync(TenantUuid)),
        Parsed("PUT /backends/ldap", 200, s => s.Api<IWazoLdapConfigApi>().UpdateAsync(
            new WazoLdapConfigUpdate
            {
                Host = "localhost", Port = 389, ProtocolVersion = 3, ProtocolSecurity = "tls", BindDn = "uid=admin,ou=people,dc=wazo-platform,dc=io",
                BindPassword = "super-secret", UserBaseDn = "ou=people,dc=wazo-platform,dc=io", UserLoginAttribute = "uid", UserEmailAttribute = "mail",
                SearchFilters = "{user_login_attribute}={username}",
            },
            TenantUuid)),
        Done("DELETE /backends/ldap", 204, s => s.Api<IWazoLdapConfigApi>().DeleteAsync(TenantUuid)),
        Parsed("GET /backends/saml", 200, s => s.Api<IWazoSamlConfigApi>().GetAsync(TenantUuid)),
        Parsed("POST /backends/saml", 200, s => s.Api<IWazoSamlConfigApi>().CreateAsync(DomainUuid, "wazo.dev", AcsUrl, Metadata(), TenantUuid)),
        Parsed("PUT /backends/saml", 200, s => s.Api<IWazoSamlConfigApi>().UpdateAsync(entityId: "wazo.dev", acsUrl: AcsUrl, metadata: Metadata(), tenant: TenantUuid)),
        Done("DELETE /backends/saml", 204, s => s.Api<IWazoSamlConfigApi>().DeleteAsync(TenantUuid)),
        Parsed("GET /backends/saml/metadata", 200, s => s.Api<IWazoSamlConfigApi>().GetMetadataAsync(TenantUuid)),
        Parsed("GET /backends/saml/acs_url_template", 200, s => s.Api<IWazoSamlConfigApi>().GetAcsUrlTemplateAsync(TenantUuid)),
        Parsed("POST /saml/sso", 201, s => s.Api<IWazoSamlApi>().SsoAsync(new WazoSamlLoginContext { RedirectUrl = "https://example.com/acs", Domain = "example.com" })),
        Parsed("POST /saml/acs", 303, s => s.Api<IWazoSamlApi>().AcsAsync(
            new WazoSamlAcsForm { SamlResponse = "PHNhbWxwOlJlc3BvbnNlLz4=", RelayState = "b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f" }),
            KnownSpecDefect.AcsBody),
        Parsed("GET /saml/logout", 201, s => s.Api<IWazoSamlApi>().LogoutAsync(TenantUuid)),
        Parsed("GET /saml/sls", 201, s => s.Api<IWazoSamlApi>().SingleLogoutAsync("PHNhbWxwOkxvZ291dFJlc3BvbnNlLz4=", "b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f")),
    ];
}
