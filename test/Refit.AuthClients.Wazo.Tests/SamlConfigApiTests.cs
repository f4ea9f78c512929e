using System.Net;
using System.Text;
using Refit.AuthClients.Wazo.Api;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class SamlConfigApiTests
{
    private const string DomainUuid = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    private const string AcsUrl = "https://stack.wazo.local/api/0.1/saml/acs";
    private const string MetadataXml = "<EntityDescriptor entityID=\"https://idp.example.com\"/>";

    [Test]
    public async Task GetAsync_reads_the_configuration()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends/saml").WithClientToken(TenantUuid).RespondJson(SamlConfig);

        var config = await h.Api<IWazoSamlConfigApi>().GetAsync(TenantUuid);

        Assert.Multiple(() =>
        {
            Assert.That(config.DomainUuid, Is.EqualTo(DomainUuid));
            Assert.That(config.EntityId, Is.EqualTo("wazo.dev"));
            Assert.That(config.AcsUrl, Is.EqualTo(AcsUrl));
            Assert.That(config.TenantUuid, Is.EqualTo(TenantUuid));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_posts_a_multipart_form_with_the_metadata_file()
    {
        using var h = new WazoHarness();
        IReadOnlyDictionary<string, MultipartParts.Part>? parts = null;
        h.Expect(HttpMethod.Post, "/backends/saml")
            .WithClientToken(TenantUuid)
            .With(r => (parts = MultipartParts.Of(r)).Count == 4)
            .RespondJson(SamlConfig);

        using var metadata = new MemoryStream(Encoding.UTF8.GetBytes(MetadataXml));
        var config = await h.Api<IWazoSamlConfigApi>().CreateAsync(
            DomainUuid, "wazo.dev", AcsUrl, new StreamPart(metadata, "metadata.xml", "application/xml"), TenantUuid);

        Assert.Multiple(() =>
        {
            Assert.That(config.EntityId, Is.EqualTo("wazo.dev"));
            Assert.That(parts!["domain_uuid"].Text, Is.EqualTo(DomainUuid));
            Assert.That(parts["entity_id"].Text, Is.EqualTo("wazo.dev"));
            Assert.That(parts["acs_url"].Text, Is.EqualTo(AcsUrl));
            Assert.That(parts["metadata"].FileName, Is.EqualTo("metadata.xml"));
            Assert.That(parts["metadata"].MediaType, Is.EqualTo("application/xml"));
            Assert.That(parts["metadata"].Text, Is.EqualTo(MetadataXml));
            Assert.That(parts["metadata"].Disposition, Is.EqualTo("form-data; name=\"metadata\"; filename=\"metadata.xml\""));
            Assert.That(parts["entity_id"].Disposition, Is.EqualTo("form-data; name=\"entity_id\""));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_sends_only_the_given_parts_and_reads_the_configuration()
    {
        using var h = new WazoHarness();
        IReadOnlyDictionary<string, MultipartParts.Part>? parts = null;
        h.Expect(HttpMethod.Put, "/backends/saml").With(r => (parts = MultipartParts.Of(r)).Count == 1).RespondJson(SamlConfig);

        var config = await h.Api<IWazoSamlConfigApi>().UpdateAsync(entityId: "wazo.dev");

        Assert.That(parts!.Keys, Is.EqualTo(new[] { "entity_id" }));
        Assert.That(config.AcsUrl, Is.EqualTo(AcsUrl));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_configuration()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/backends/saml").WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoSamlConfigApi>().DeleteAsync(TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetMetadataAsync_hands_back_the_xml_file()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends/saml/metadata").WithClientToken(TenantUuid).Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(MetadataXml, Encoding.UTF8, "application/xml"),
        });

        await using var stream = await h.Api<IWazoSamlConfigApi>().GetMetadataAsync(TenantUuid);
        using var reader = new StreamReader(stream);

        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo(MetadataXml));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAcsUrlTemplateAsync_reads_the_template()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends/saml/acs_url_template").WithHeaders("Accept", "application/json").RespondJson(AcsUrlTemplate);

        var template = await h.Api<IWazoSamlConfigApi>().GetAcsUrlTemplateAsync();

        Assert.That(template.AcsUrl, Is.EqualTo("https://{{STACK_URL}}/api/auth/0.1/saml/acs"));
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
