namespace Refit.AuthClients.Astakos.Tests;

public sealed class QuotaTests : HarnessFixture
{
    [Test]
    public async Task GetQuotasReturnsQuotasBySourceAndResource()
    {
        ExpectAccount(HttpMethod.Get, "/quotas").WithNoQuery().WithNoContent().Respond("application/json", Fixtures.QuotasResponse);

        var quotas = await Client.GetQuotasAsync();

        VerifyRequests();
        var ram = quotas[Fixtures.OwnerId]["cyclades.ram"];
        Assert.That(ram.Limit, Is.EqualTo(1073741824));
        Assert.That(ram.Usage, Is.EqualTo(536870912));
        Assert.That(ram.Pending, Is.Zero);
        Assert.That(ram.ProjectLimit, Is.EqualTo(1073741824));
    }

    [Test]
    public async Task GetQuotasReadsTheLegacyShape()
    {
        ExpectAccount(HttpMethod.Get, "/quotas").Respond("application/json", Fixtures.LegacyQuotasResponse);

        var quotas = await Client.GetQuotasAsync();

        Assert.That(quotas["project:1"]["cyclades.vm"].Pending, Is.EqualTo(1));
        Assert.That(quotas["system"]["cyclades.vm"].ProjectLimit, Is.Null);
    }

    [Test]
    public async Task ServiceGetQuotasWithoutFiltersSendsNoQuery()
    {
        ExpectAccount(HttpMethod.Get, "/service_quotas").WithNoQuery().Respond("application/json", Fixtures.ServiceQuotasResponse);

        var quotas = await Client.ServiceGetQuotasAsync();

        VerifyRequests();
        Assert.That(quotas[Fixtures.OwnerId][Fixtures.OwnerId]["cyclades.vm"].ProjectUsage, Is.EqualTo(2));
    }

    [Test]
    public async Task ServiceGetQuotasFiltersByUser()
    {
        ExpectAccount(HttpMethod.Get, "/service_quotas").WithRawQuery("user=u1").Respond("application/json", Fixtures.ServiceQuotasResponse);

        await Client.ServiceGetQuotasAsync(user: "u1");

        VerifyRequests();
    }

    [Test]
    public async Task ServiceGetQuotasFiltersByProject()
    {
        ExpectAccount(HttpMethod.Get, "/service_quotas").WithRawQuery("project=p1").Respond("application/json", Fixtures.ServiceQuotasResponse);

        await Client.ServiceGetQuotasAsync(projectId: "p1");

        VerifyRequests();
    }

    [Test]
    public async Task ServiceGetQuotasJoinsSeveralUsersAndProjectsWithCommas()
    {
        ExpectAccount(HttpMethod.Get, "/service_quotas")
            .WithRawQuery("user=u1%2Cu2&project=p1%2Cp2")
            .Respond("application/json", Fixtures.ServiceQuotasResponse);

        await Client.ServiceGetQuotasAsync(users: ["u1", "u2"], projectIds: ["p1", "p2"]);

        VerifyRequests();
    }

    [Test]
    public async Task ServiceGetProjectQuotasWithoutFilterSendsNoQuery()
    {
        ExpectAccount(HttpMethod.Get, "/service_project_quotas").WithNoQuery().Respond("application/json", Fixtures.ServiceProjectQuotasResponse);

        var quotas = await Client.ServiceGetProjectQuotasAsync();

        VerifyRequests();
        Assert.That(quotas[Fixtures.OwnerId]["cyclades.ram"].ProjectLimit, Is.EqualTo(1073741824));
    }

    [Test]
    public async Task ServiceGetProjectQuotasFiltersByOneOrSeveralProjects()
    {
        ExpectAccount(HttpMethod.Get, "/service_project_quotas").WithRawQuery("project=p1").Respond("application/json", Fixtures.ServiceProjectQuotasResponse);
        Harness.Expect(HttpMethod.Get, AstakosHarness.Account + "/service_project_quotas")
            .WithRawQuery("project=p1%2Cp2")
            .Respond("application/json", Fixtures.ServiceProjectQuotasResponse);

        await Client.ServiceGetProjectQuotasAsync("p1");
        await Client.ServiceGetProjectQuotasAsync(["p1", "p2"]);

        VerifyRequests();
    }
}
