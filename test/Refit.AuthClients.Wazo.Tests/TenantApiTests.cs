using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class TenantApiTests
{
    [Test]
    public async Task ListAsync_repeats_uuids_and_reads_the_tenants()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/tenants")
            .WithExactQueryString($"uuids={TenantUuid}&uuids={SubTenantUuid}&domain_name=wazo.io&order=slug")
            .WithClientToken(TenantUuid)
            .RespondJson(TenantList);

        var list = await h.Api<IWazoTenantApi>().ListAsync(
            new WazoTenantListQuery { Uuids = [TenantUuid, SubTenantUuid], DomainName = "wazo.io", Order = "slug" }, TenantUuid);

        var tenant = list.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(tenant.Uuid, Is.EqualTo(SubTenantUuid));
            Assert.That(tenant.ParentUuid, Is.EqualTo(TenantUuid));
            Assert.That(tenant.Contact, Is.Null);
            Assert.That(tenant.DomainNames, Is.EqualTo(new[] { "shopify.ca", "wazo.io" }));
            Assert.That(tenant.Address!.City, Is.EqualTo("Québec"));
            Assert.That(tenant.Address.Line2, Is.Null);
            Assert.That(tenant.Address.ZipCode, Is.EqualTo("H0H 0H0"));
            Assert.That(tenant.DefaultAuthenticationMethod, Is.EqualTo("native"));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_sends_the_parent_as_tenant_header_never_in_the_body()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/tenants")
            .WithClientToken(TenantUuid)
            .WithJsonBody("""
                {"name": "foobar", "slug": "slug1", "phone": "555-555-5555", "domain_names": ["wazo.io", "shopify.ca"],
                 "address": {"line_1": "Here", "city": "Québec", "state": "Québec", "country": "Canada", "zip_code": "H0H 0H0"},
                 "default_authentication_method": "native"}
                """)
            .RespondJson(Tenant);

        var tenant = await h.Api<IWazoTenantApi>().CreateAsync(
            new WazoTenantCreate
            {
                Name = "foobar", Slug = "slug1", Phone = "555-555-5555", DomainNames = ["wazo.io", "shopify.ca"], DefaultAuthenticationMethod = "native",
                Address = new WazoTenantAddress { Line1 = "Here", City = "Québec", State = "Québec", Country = "Canada", ZipCode = "H0H 0H0" },
            },
            TenantUuid);

        Assert.That(tenant.Slug, Is.EqualTo("slug1"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetAsync_reads_the_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/tenants/" + SubTenantUuid).WithClientToken().RespondJson(Tenant);

        var tenant = await h.Api<IWazoTenantApi>().GetAsync(SubTenantUuid);

        Assert.That(tenant.Phone, Is.EqualTo("555-555-5555"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateAsync_puts_the_fields_and_reads_the_full_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/tenants/" + SubTenantUuid).WithJsonBody("""{"name": "new name"}""").RespondJson(Tenant);

        var tenant = await h.Api<IWazoTenantApi>().UpdateAsync(SubTenantUuid, new WazoTenantUpdate { Name = "new name" });

        Assert.That(tenant.Address, Is.Not.Null);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteAsync_deletes_the_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/tenants/" + SubTenantUuid).WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoTenantApi>().DeleteAsync(SubTenantUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListDomainsAsync_reads_domains_without_filtered()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/tenants/{SubTenantUuid}/domains").WithHeaders("Accept", "application/json").RespondJson(Domains);

        var list = await h.Api<IWazoTenantApi>().ListDomainsAsync(SubTenantUuid);

        Assert.Multiple(() =>
        {
            Assert.That(list.Total, Is.EqualTo(2));
            Assert.That(list.Filtered, Is.Null);
            Assert.That(list.Items.Select(d => d.Name), Is.EqualTo(new[] { "shopify.ca", "wazo.io" }));
            Assert.That(list.Items[0].Uuid, Is.EqualTo("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateParentAsync_puts_without_body()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/tenants/{SubTenantUuid}/parent/{TenantUuid}").WithClientToken().WithoutBody().RespondEmpty();

        await h.Api<IWazoTenantApi>().UpdateParentAsync(SubTenantUuid, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
