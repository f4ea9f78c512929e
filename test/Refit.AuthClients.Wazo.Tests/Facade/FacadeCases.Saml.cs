using System.Net;
using System.Text;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private const string DomainUuid = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    private const string MetadataXml = "<EntityDescriptor entityID=\"https://idp.example.com\"/>";
    private static readonly Uri AcsUrl = new("https://stack.wazo.local/api/0.1/saml/acs");

    private static IEnumerable<FacadeCall> SamlCalls()
    {
        yield return FacadeCall.Of(
            "Saml.SsoAsync",
            c => c.Saml.SsoAsync("example.com", new Uri("https://example.com/acs")),
            Post,
            "/saml/sso",
            (WazoSamlSsoResult result) => Assert.That(result.SamlSessionId, Is.EqualTo("b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f"))) with
        {
            Body = """{"redirect_url": "https://example.com/acs", "domain": "example.com"}""",
            Answer = SsoResult,
        };
        yield return FacadeCall.Of(
            "Saml.AcsAsync",
            c => c.Saml.AcsAsync("PHNhbWw+", "relay-1"),
            Post,
            "/saml/acs",
            (Uri location) => Assert.That(location, Is.EqualTo(new Uri("https://example.com/acs?login_failure_code=401")))) with
        {
            Match = r => r.Content!.ReadAsStringAsync().GetAwaiter().GetResult() == "SAMLResponse=PHNhbWw%2B&RelayState=relay-1",
            Response = () => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://example.com/acs?login_failure_code=401") } },
        };
        yield return FacadeCall.Of(
            "Saml.LogoutAsync",
            c => c.Saml.LogoutAsync(Sub),
            Get,
            "/saml/logout",
            (Uri location) => Assert.That(location, Is.EqualTo(new Uri("https://idp.example.com/slo?SAMLRequest=abc")))) with
        {
            Tenant = Sub,
            Answer = """{"Location": "https://idp.example.com/slo?SAMLRequest=abc"}""",
        };
        yield return FacadeCall.Of("SamlConfig.GetAsync", c => c.SamlConfig.GetAsync(Sub), Get, "/backends/saml", (WazoSamlConfig config) => AssertSamlConfig(config))
            with { Tenant = Sub, Answer = SamlConfig };
        yield return FacadeCall.Of(
            "SamlConfig.CreateAsync",
            c => c.SamlConfig.CreateAsync(DomainUuid, "wazo.dev", AcsUrl, new MemoryStream(Encoding.UTF8.GetBytes(MetadataXml)), Sub),
            Post,
            "/backends/saml",
            (WazoSamlConfig config) => AssertSamlConfig(config)) with
        {
            Tenant = Sub,
            Match = r => HasParts(r, ("domain_uuid", DomainUuid), ("entity_id", "wazo.dev"), ("acs_url", AcsUrl.OriginalString), ("metadata", MetadataXml)),
            Answer = SamlConfig,
        };
        yield return FacadeCall.Of(
            "SamlConfig.UpdateAsync",
            c => c.SamlConfig.UpdateAsync(entityId: "wazo.dev", tenant: Sub),
            Put,
            "/backends/saml",
            (WazoSamlConfig config) => AssertSamlConfig(config)) with
        {
            Tenant = Sub,
            Match = r => HasParts(r, ("entity_id", "wazo.dev")),
            Answer = SamlConfig,
        };
        yield return FacadeCall.Of("SamlConfig.DeleteAsync", c => c.SamlConfig.DeleteAsync(Sub), Delete, "/backends/saml") with { Tenant = Sub };
        yield return FacadeCall.Of(
            "SamlConfig.GetAcsTemplateAsync",
            c => c.SamlConfig.GetAcsTemplateAsync(Sub),
            Get,
            "/backends/saml/acs_url_template",
            (WazoSamlAcsUrlTemplate template) => Assert.That(template.AcsUrl, Is.EqualTo("https://{{STACK_URL}}/api/auth/0.1/saml/acs"))) with
        {
            Tenant = Sub,
            Answer = AcsUrlTemplate,
        };
        yield return FacadeCall.Of(
            "SamlConfig.GetMetadataAsync",
            c => c.SamlConfig.GetMetadataAsync(Sub),
            Get,
            "/backends/saml/metadata",
            (byte[] file) => Assert.That(Encoding.UTF8.GetString(file), Is.EqualTo(MetadataXml))) with
        {
            Tenant = Sub,
            Response = () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(MetadataXml, Encoding.UTF8, "application/xml") },
        };
    }

    private static bool HasParts(HttpRequestMessage request, params (string Name, string Text)[] expected)
    {
        var parts = MultipartParts.Of(request);
        return parts.Count == expected.Length
            && expected.All(e => parts.TryGetValue(e.Name, out var part) && part.Text == e.Text)
            && (!parts.TryGetValue("metadata", out var file) || file.FileName == "metadata.xml");
    }

    private static void AssertSamlConfig(WazoSamlConfig config) =>
        Assert.That((config.DomainUuid, config.EntityId, config.TenantUuid), Is.EqualTo((DomainUuid, "wazo.dev", TenantUuid)));
}
