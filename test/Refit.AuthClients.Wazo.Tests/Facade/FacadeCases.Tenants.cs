using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private static IEnumerable<FacadeCall> TenantCalls()
    {
        var tenantPath = "/tenants/" + SubTenantUuid;
        yield return FacadeCall.Of(
            "Tenants.ListAsync",
            c => c.Tenants.ListAsync(new WazoTenantListQuery { Uuids = [TenantUuid, SubTenantUuid], DomainName = "wazo.io", Order = "slug" }, Sub),
            Get,
            "/tenants",
            (WazoList<WazoTenant> list) => AssertTenant(list.Items.Single())) with
        {
            Query = $"uuids={TenantUuid}&uuids={SubTenantUuid}&domain_name=wazo.io&order=slug",
            Tenant = Sub,
            Answer = TenantList,
        };

        // The reference's parent_uuid: the new tenant's parent is the scoping tenant.
        yield return FacadeCall.Of("Tenants.CreateAsync", c => c.Tenants.CreateAsync(new WazoTenantCreate { Name = "foobar" }, TenantUuid), Post, "/tenants", (WazoTenant t) => AssertTenant(t))
            with { Tenant = TenantUuid, Body = """{"name": "foobar"}""", Answer = Tenant };
        yield return FacadeCall.Of("Tenants.GetAsync", c => c.Tenants.GetAsync(SubTenantUuid, Sub), Get, tenantPath, (WazoTenant t) => AssertTenant(t))
            with { Tenant = Sub, Answer = Tenant };
        yield return FacadeCall.Of(
            "Tenants.UpdateAsync",
            c => c.Tenants.UpdateAsync(SubTenantUuid, new WazoTenantUpdate { Name = "foobar", DomainNames = ["wazo.io", "shopify.ca"] }, Sub),
            Put,
            tenantPath,
            (WazoTenant t) => AssertTenant(t)) with
        {
            Tenant = Sub,
            Body = """{"name": "foobar", "domain_names": ["wazo.io", "shopify.ca"]}""",
            Answer = Tenant,
        };
        yield return FacadeCall.Of("Tenants.DeleteAsync", c => c.Tenants.DeleteAsync(SubTenantUuid, Sub), Delete, tenantPath) with { Tenant = Sub };
        yield return FacadeCall.Of(
            "Tenants.GetDomainsAsync",
            c => c.Tenants.GetDomainsAsync(SubTenantUuid, Sub),
            Get,
            tenantPath + "/domains",
            (WazoList<WazoTenantDomain> list) => Assert.That(list.Items.Select(d => d.Name), Is.EqualTo(new[] { "shopify.ca", "wazo.io" }))) with
        {
            Tenant = Sub,
            Answer = Domains,
        };
        yield return FacadeCall.Of("Tenants.UpdateParentAsync", c => c.Tenants.UpdateParentAsync(SubTenantUuid, TenantUuid, Sub), Put, $"{tenantPath}/parent/{TenantUuid}")
            with { Tenant = Sub };
    }

    private static void AssertTenant(WazoTenant tenant) => Assert.Multiple(() =>
    {
        Assert.That(tenant.Uuid, Is.EqualTo(SubTenantUuid));
        Assert.That(tenant.ParentUuid, Is.EqualTo(TenantUuid));
        Assert.That(tenant.DomainNames, Is.EqualTo(new[] { "shopify.ca", "wazo.io" }));
        Assert.That(tenant.Address!.City, Is.EqualTo("Québec"));
    });
}
