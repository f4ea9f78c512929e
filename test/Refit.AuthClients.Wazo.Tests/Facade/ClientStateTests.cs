using System.Net;
using System.Text.Json;
using Refit.AuthClients.Wazo.Api;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>The client's token and tenant: <c>SetToken</c>, <c>SetTenant</c>, and per-call tenants that never leak.</summary>
public class ClientStateTests
{
    [Test]
    public async Task A_call_tenant_wins_for_that_call_only_even_under_concurrency()
    {
        using var h = FacadeHarness.Create();
        h.Mock.When(HttpMethod.Get, WazoHarness.BaseUrl + "/users/*").Respond(EchoTenant);

        var calls = Enumerable.Range(0, 64).Select(async i =>
        {
            var tenant = i % 3 == 0 ? null : $"tenant-{i}";
            var user = await h.Client.Users.GetAsync(UserUuid, tenant);
            return (Expected: tenant ?? FacadeHarness.ClientTenant, Sent: user.TenantUuid);
        });
        var results = await Task.WhenAll(calls);

        Assert.That(results.Where(r => r.Sent != r.Expected), Is.Empty);
        Assert.That(h.Client.Tenant, Is.EqualTo(FacadeHarness.ClientTenant));
    }

    [Test]
    public async Task SetTenant_changes_the_tenant_of_later_calls_and_null_removes_it()
    {
        using var h = FacadeHarness.Create();
        h.Mock.When(HttpMethod.Get, WazoHarness.BaseUrl + "/users/*").Respond(EchoTenant);

        h.Client.SetTenant(SubTenantUuid);
        var withTenant = await h.Client.Users.GetAsync(UserUuid);
        h.Client.SetTenant(null);
        var withoutTenant = await h.Client.Users.GetAsync(UserUuid);

        Assert.That(withTenant.TenantUuid, Is.EqualTo(SubTenantUuid));
        Assert.That(withoutTenant.TenantUuid, Is.EqualTo("none"));
        Assert.That(h.Client.Tenant, Is.Null);
    }

    [Test]
    public async Task SetToken_changes_the_token_of_later_calls_of_every_client_of_the_registration()
    {
        using var h = FacadeHarness.Create();
        var other = h.Harness.Api<IWazoAuthClient>();
        h.Expect(HttpMethod.Get, "/backends").WithHeaders("X-Auth-Token", "new-token").RespondJson(Backends);
        h.Expect(HttpMethod.Get, "/backends").WithoutHeader("X-Auth-Token").RespondJson(Backends);

        h.Client.SetToken("new-token");
        await other.Backends.ListAsync();
        other.SetToken(null);
        await h.Client.Backends.ListAsync();

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void SetTenant_is_shared_by_every_client_of_the_registration()
    {
        using var h = FacadeHarness.Create();

        h.Client.SetTenant(SubTenantUuid);

        Assert.That(h.Harness.Api<IWazoAuthClient>().Tenant, Is.EqualTo(SubTenantUuid));
    }

    [Test]
    public void Blank_tokens_and_tenants_are_refused()
    {
        using var h = FacadeHarness.Create();

        Assert.Multiple(() =>
        {
            Assert.That(() => h.Client.SetToken(" "), Throws.ArgumentException.With.Property("ParamName").EqualTo("token"));
            Assert.That(() => h.Client.SetTenant("\t"), Throws.ArgumentException.With.Property("ParamName").EqualTo("tenant"));
        });
    }

    [Test]
    public void ToString_shows_the_tenant_but_never_the_token()
    {
        using var h = FacadeHarness.Create();

        var text = h.Client.ToString();

        Assert.That(text, Does.Contain(FacadeHarness.ClientTenant));
        Assert.That(text, Does.Not.Contain(WazoHarness.ClientToken));
    }

    // Answers a user whose tenant is the Wazo-Tenant header the request carried ("none" without one).
    private static HttpResponseMessage EchoTenant(HttpRequestMessage request)
    {
        var tenant = request.Headers.TryGetValues(WazoHeaders.Tenant, out var values) ? values.Single() : "none";
        var body = JsonSerializer.Serialize(tenant, TestJsonContext.Default.String);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"uuid": "{{UserUuid}}", "tenant_uuid": {{body}}}""", System.Text.Encoding.UTF8, "application/json"),
        };
    }
}
