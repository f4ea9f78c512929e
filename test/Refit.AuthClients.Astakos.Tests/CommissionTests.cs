using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class CommissionTests : HarnessFixture
{
    private const string Holder = "c02f315b-7d84-45bc-a383-552a3f97d2ad";

    [Test]
    public async Task IssueCommissionPostsTheRequestAndReturnsTheSerial()
    {
        ExpectAccount(HttpMethod.Post, "/commissions")
            .WithJson(Fixtures.CommissionRequest)
            .Respond(HttpStatusCode.Created, "application/json", """{"serial": 57}""");
        var request = new CommissionRequest
        {
            Name = "an optional description",
            Provisions = [.. Provision.ForUserAndProject(Holder, Holder, "cyclades.vm", 1), .. Provision.ForUserAndProject(Holder, Holder, "cyclades.ram", 536870912)],
        };

        var serial = await Client.IssueCommissionAsync(request);

        VerifyRequests();
        Assert.That(serial, Is.EqualTo(57));
    }

    [Test]
    public async Task IssueOneCommissionSendsTheUserAndProjectProvisionOfEachEntry()
    {
        ExpectAccount(HttpMethod.Post, "/commissions")
            .WithJson("""
                {"force": false, "auto_accept": false, "name": "n", "provisions": [
                  {"holder": "user:u1", "source": "project:p1", "resource": "cyclades.vm", "quantity": 1},
                  {"holder": "project:p1", "source": null, "resource": "cyclades.vm", "quantity": 1}]}
                """)
            .Respond(HttpStatusCode.Created, "application/json", """{"serial": 57}""");

        var serial = await Client.IssueOneCommissionAsync("u1", new Dictionary<(string, string), long> { [("p1", "cyclades.vm")] = 1 }, "n");

        VerifyRequests();
        Assert.That(serial, Is.EqualTo(57));
    }

    [Test]
    public async Task IssueOneCommissionFromOneSourceTakesEveryResourceFromIt()
    {
        ExpectAccount(HttpMethod.Post, "/commissions")
            .WithJson($$"""
                {"force": true, "auto_accept": true, "name": "an optional description", "provisions": [
                  {"holder": "user:{{Holder}}", "source": "project:{{Holder}}", "resource": "cyclades.vm", "quantity": 1},
                  {"holder": "project:{{Holder}}", "source": null, "resource": "cyclades.vm", "quantity": 1},
                  {"holder": "user:{{Holder}}", "source": "project:{{Holder}}", "resource": "cyclades.ram", "quantity": 536870912},
                  {"holder": "project:{{Holder}}", "source": null, "resource": "cyclades.ram", "quantity": 536870912}]}
                """)
            .Respond(HttpStatusCode.Created, "application/json", """{"serial": 58}""");

        var serial = await Client.IssueOneCommissionAsync(
            Holder,
            Holder,
            new Dictionary<string, long> { ["cyclades.vm"] = 1, ["cyclades.ram"] = 536870912 },
            "an optional description",
            force: true,
            autoAccept: true);

        VerifyRequests();
        Assert.That(serial, Is.EqualTo(58));
    }

    [Test]
    public async Task IssueCommissionGenericSendsUserProvisionsThenProjectProvisions()
    {
        ExpectAccount(HttpMethod.Post, "/commissions")
            .WithJson("""
                {"force": true, "auto_accept": true, "name": "g", "provisions": [
                  {"holder": "user:u1", "source": "project:p1", "resource": "cyclades.ram", "quantity": 5},
                  {"holder": "project:p1", "source": null, "resource": "cyclades.ram", "quantity": 5}]}
                """)
            .Respond(HttpStatusCode.Created, "application/json", """{"serial": 59}""");

        var serial = await Client.IssueCommissionGenericAsync(
            new Dictionary<(string, string, string), long> { [("u1", "p1", "cyclades.ram")] = 5 },
            new Dictionary<(string, string), long> { [("p1", "cyclades.ram")] = 5 },
            "g",
            force: true,
            autoAccept: true);

        VerifyRequests();
        Assert.That(serial, Is.EqualTo(59));
    }

    [Test]
    public async Task IssueResourceReassignmentReleasesFromOneProjectAndTakesFromTheOther()
    {
        ExpectAccount(HttpMethod.Post, "/commissions")
            .WithJson("""
                {"force": false, "auto_accept": false, "name": "", "provisions": [
                  {"holder": "user:u1", "source": "project:pA", "resource": "cyclades.vm", "quantity": -2},
                  {"holder": "project:pA", "source": null, "resource": "cyclades.vm", "quantity": -2},
                  {"holder": "user:u1", "source": "project:pB", "resource": "cyclades.vm", "quantity": 2},
                  {"holder": "project:pB", "source": null, "resource": "cyclades.vm", "quantity": 2}]}
                """)
            .Respond(HttpStatusCode.Created, "application/json", """{"serial": 60}""");

        var serial = await Client.IssueResourceReassignmentAsync(
            "u1", new Dictionary<(string, string, string), long> { [("pA", "pB", "cyclades.vm")] = 2 });

        VerifyRequests();
        Assert.That(serial, Is.EqualTo(60));
    }

    [TestCase("""{"id": 57}""")]
    [TestCase("""[57]""")]
    [TestCase("""{"serial": "57"}""")]
    public async Task AnIssueAnswerWithoutSerialIsInvalidAndKeepsTheBody(string body)
    {
        ExpectAccount(HttpMethod.Post, "/commissions").Respond(HttpStatusCode.Created, "application/json", body);

        var error = await Fails.With<InvalidResponseException>(() => Client.IssueOneCommissionAsync("u1", "p1", new Dictionary<string, long> { ["cyclades.vm"] = 1 }));

        Assert.That(error.Message, Does.Contain("no \"serial\" field"));
        Assert.That(error.ResponseBody, Is.EqualTo(body));
        Assert.That(error.RequestPath, Is.EqualTo(AstakosHarness.Account + "/commissions"));
    }

    [Test]
    public async Task AnEmptyIssueAnswerIsInvalid()
    {
        ExpectAccount(HttpMethod.Post, "/commissions").Respond(HttpStatusCode.Created, "application/json", string.Empty);

        await Fails.With<InvalidResponseException>(() => Client.IssueOneCommissionAsync("u1", "p1", new Dictionary<string, long> { ["cyclades.vm"] = 1 }));
    }

    [Test]
    public async Task GetPendingCommissionsReturnsTheSerials()
    {
        ExpectAccount(HttpMethod.Get, "/commissions").WithNoContent().Respond("application/json", "[100, 200]");

        var serials = await Client.GetPendingCommissionsAsync();

        VerifyRequests();
        Assert.That(serials, Is.EqualTo(new long[] { 100, 200 }));
    }

    [Test]
    public async Task GetCommissionInfoReturnsTheCommission()
    {
        ExpectAccount(HttpMethod.Get, "/commissions/57").WithNoContent().Respond("application/json", Fixtures.CommissionInfoResponse);

        var info = await Client.GetCommissionInfoAsync(57);

        VerifyRequests();
        Assert.That(info.Serial, Is.EqualTo(57));
        Assert.That(info.Name, Is.EqualTo("an optional description"));
        Assert.That(info.IssueTime, Is.EqualTo(new DateTimeOffset(2013, 4, 8, 10, 19, 15, TimeSpan.Zero).AddTicks(373000)));
        Assert.That(info.Provisions, Has.Count.EqualTo(4));
        Assert.That(info.Provisions![1], Is.EqualTo(new Provision("project:" + Holder, null, "cyclades.vm", 1)));
    }

    [TestCase("accept")]
    [TestCase("reject")]
    public async Task CommissionActionPostsTheActionWithAnEmptyValue(string action)
    {
        ExpectAccount(HttpMethod.Post, "/commissions/57/action").WithJson($$"""{"{{action}}": ""}""").Respond(HttpStatusCode.OK);

        await Client.CommissionActionAsync(57, action);

        VerifyRequests();
    }

    [Test]
    public async Task AcceptAndRejectAreCommissionActions()
    {
        ExpectAccount(HttpMethod.Post, "/commissions/57/action").WithJson("""{"accept": ""}""").Respond(HttpStatusCode.OK);
        Harness.Expect(HttpMethod.Post, AstakosHarness.Account + "/commissions/58/action").WithJson("""{"reject": ""}""").Respond(HttpStatusCode.OK);

        await Client.AcceptCommissionAsync(57);
        await Client.RejectCommissionAsync(58);

        VerifyRequests();
    }

    [Test]
    public async Task ResolveCommissionsReturnsAcceptedRejectedAndFailed()
    {
        ExpectAccount(HttpMethod.Post, "/commissions/action")
            .WithJson("""{"accept": [56, 57], "reject": [56, 58, 59]}""")
            .Respond("application/json", Fixtures.ResolveResponse);

        var resolution = await Client.ResolveCommissionsAsync([56, 57], [56, 58, 59]);

        VerifyRequests();
        Assert.That(resolution.Accepted, Is.EqualTo(new long[] { 57 }));
        Assert.That(resolution.Rejected, Is.EqualTo(new long[] { 59 }));
        Assert.That(resolution.Failed.Select(f => f.Serial), Is.EqualTo(new long[] { 56, 58 }));
        Assert.That(resolution.Failed[0].Fault.Name, Is.EqualTo("badRequest"));
        Assert.That(resolution.Failed[0].Fault.Code, Is.EqualTo(400));
        Assert.That(resolution.Failed[1].Fault.Message, Is.EqualTo("serial 58 does not exist"));
    }
}
