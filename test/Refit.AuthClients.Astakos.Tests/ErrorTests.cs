using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class ErrorTests : HarnessFixture
{
    private static readonly Dictionary<string, long> OneVm = new() { ["cyclades.vm"] = 1 };

    private static IEnumerable<TestCaseData> FaultCases()
    {
        yield return new TestCaseData(HttpStatusCode.BadRequest, Fixtures.BadRequestFault, typeof(BadRequestException), "badRequest", "API endpoint not found");
        yield return new TestCaseData(HttpStatusCode.Unauthorized, Fixtures.UnauthorizedFault, typeof(UnauthorizedException), "unauthorized", "Invalid X-Auth-Token");
        yield return new TestCaseData(HttpStatusCode.Forbidden, Fixtures.ForbiddenFault, typeof(ForbiddenException), "forbidden", "Project id not specified");
        yield return new TestCaseData(HttpStatusCode.NotFound, Fixtures.NotFoundFault, typeof(NotFoundException), "itemNotFound", "No user with UUID 'u1'");
        yield return new TestCaseData(HttpStatusCode.Conflict, """{"conflict": {"code": 409, "message": "Busy", "details": "try later"}}""", typeof(AstakosClientException), "conflict", "Busy");
        yield return new TestCaseData(HttpStatusCode.InternalServerError, """{"computeFault": {"code": 500, "message": "Oops"}}""", typeof(AstakosClientException), "computeFault", "Oops");
    }

    [TestCaseSource(nameof(FaultCases))]
    public async Task AnErrorStatusBecomesItsTypeWithTheBodyAndTheParsedFault(HttpStatusCode status, string body, Type type, string faultName, string message)
    {
        ExpectAccount(HttpMethod.Get, "/service_quotas").Respond(status, "application/json", body);

        var error = await Fails.With<AstakosClientException>(() => Client.ServiceGetQuotasAsync(user: "u1"));

        Assert.That(error.GetType(), Is.EqualTo(type));
        Assert.That(error.StatusCode, Is.EqualTo(status));
        Assert.That(error.ResponseBody, Is.EqualTo(body));
        Assert.That(error.Fault!.Name, Is.EqualTo(faultName));
        Assert.That(error.Fault.Code, Is.EqualTo((int)status));
        Assert.That(error.Fault.Message, Is.EqualTo(message));
        Assert.That(error.Message, Does.StartWith($"GET {AstakosHarness.Account}/service_quotas?user=u1 answered {(int)status}").And.EndWith(message));
    }

    [Test]
    public async Task DetailsAreTheFaultDetailsElseItsMessage()
    {
        ExpectAccount(HttpMethod.Get, "/quotas").Respond(HttpStatusCode.Conflict, "application/json", """{"conflict": {"code": 409, "message": "Busy", "details": "try later"}}""");
        Harness.Expect(HttpMethod.Get, AstakosHarness.Account + "/quotas").Respond(HttpStatusCode.Unauthorized, "application/json", Fixtures.UnauthorizedFault);

        var withDetails = await Fails.With<AstakosClientException>(() => Client.GetQuotasAsync());
        var withoutDetails = await Fails.With<UnauthorizedException>(() => Client.GetQuotasAsync());

        Assert.That(withDetails.Details, Is.EqualTo("try later"));
        Assert.That(withoutDetails.Details, Is.EqualTo("Invalid X-Auth-Token"));
    }

    [Test]
    public async Task AnEmptyErrorBodyLeavesNoFault()
    {
        ExpectAccount(HttpMethod.Get, "/commissions/57").Respond(HttpStatusCode.NotFound);

        var error = await Fails.With<NotFoundException>(() => Client.GetCommissionInfoAsync(57));

        Assert.That(error.Fault, Is.Null);
        Assert.That(error.Details, Is.Empty);
        Assert.That(error.Message, Is.EqualTo($"GET {AstakosHarness.Account}/commissions/57 answered 404 (Not Found)"));
    }

    [Test]
    public async Task QuotaLimitRendersTheDisplayNameOfAKnownResource()
    {
        ExpectAccount(HttpMethod.Post, "/commissions").Respond(HttpStatusCode.RequestEntityTooLarge, "application/json", Fixtures.OverLimitFixture);

        var error = await Fails.With<QuotaLimitException>(() => Client.IssueOneCommissionAsync("u1", "p1", OneVm));

        const string expected = "Limit for resource 'RAM' exceeded for your account. Available: 420000000, Requested: 520000000";
        Assert.That(error.Message, Is.EqualTo(expected));
        Assert.That(error.Details, Is.EqualTo(expected));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(error.Resource, Is.EqualTo("cyclades.ram"));
        Assert.That(error.Available, Is.EqualTo(420000000));
        Assert.That(error.Requested, Is.EqualTo(520000000));
        Assert.That(error.Fault!.Name, Is.EqualTo("overLimit"));
        Assert.That(error.ResponseBody, Is.EqualTo(Fixtures.OverLimitFixture));
    }

    [Test]
    public async Task QuotaLimitKeepsTheNameOfAnUnknownResource()
    {
        ExpectAccount(HttpMethod.Post, "/commissions").Respond(HttpStatusCode.RequestEntityTooLarge, "application/json", """
            {"overLimit": {"message": "m", "code": 413,
                           "data": {"provision": {"holder": "user:u1", "source": "project:p1", "resource": "foo.bar", "quantity": 3},
                                    "name": "NoCapacityError", "limit": 2, "usage": 1}}}
            """);

        var error = await Fails.With<QuotaLimitException>(() => Client.IssueOneCommissionAsync("u1", "p1", OneVm));

        Assert.That(error.Message, Is.EqualTo("Limit for resource 'foo.bar' exceeded for your account. Available: 1, Requested: 3"));
    }

    [TestCase("nope")]
    [TestCase("""{"overLimit": {"message": "m", "code": 413}}""")]
    public async Task QuotaLimitWithAnUnreadableBodySaysTheReasonPhrase(string body)
    {
        ExpectAccount(HttpMethod.Post, "/commissions").Respond(HttpStatusCode.RequestEntityTooLarge, "application/json", body);

        var error = await Fails.With<QuotaLimitException>(() => Client.IssueOneCommissionAsync("u1", "p1", OneVm));

        Assert.That(error.Message, Is.EqualTo("Request Entity Too Large"));
        Assert.That(error.Details, Is.Empty);
        Assert.That(error.Available, Is.Null);
        Assert.That(error.ResponseBody, Is.EqualTo(body));
    }

    [Test]
    public async Task A413ElsewhereIsNotAQuotaLimit()
    {
        ExpectAccount(HttpMethod.Post, "/commissions/action").Respond(HttpStatusCode.RequestEntityTooLarge, "application/json", Fixtures.OverLimitFixture);

        var error = await Fails.With<AstakosClientException>(() => Client.ResolveCommissionsAsync([1], []));

        Assert.That(error, Is.Not.InstanceOf<QuotaLimitException>());
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task ASuccessWithABodyThatIsNotJsonIsAnInvalidResponse()
    {
        ExpectAccount(HttpMethod.Get, "/quotas").Respond("text/html", "<html>maintenance</html>");

        var error = await Fails.With<InvalidResponseException>(() => Client.GetQuotasAsync());

        Assert.That(error.Kind, Is.EqualTo(Errors.AuthErrorKind.InvalidResponse));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ANonAsciiUtf8BodyIsRead()
    {
        ExpectAccount(HttpMethod.Post, "/user_catalogs").Respond("application/json", """{"uuid_catalog": {"u1": "Γιώργος"}, "displayname_catalog": {}}""");

        Assert.That(await Client.GetUsernameAsync("u1"), Is.EqualTo("Γιώργος"));
    }

    [Test]
    public async Task ATransportFailureIsAConnectionError()
    {
        Harness.Mock.Expect(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens")
            .Throw(new HttpRequestException("Connection reset by peer"));

        var error = await Fails.With<AstakosConnectionException>(() => Client.AuthenticateAsync());

        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(error.Message, Does.Contain("Connection reset by peer"));
        Assert.That(error.StatusCode, Is.Null);
    }

    [Test]
    public async Task ARedirectIsNotFollowedAndCarriesItsLocation()
    {
        ExpectAccount(HttpMethod.Get, "/quotas").Respond(
            HttpStatusCode.Found,
            [new KeyValuePair<string, string>("Location", "https://login.example.org/enter?token=secret&next=%2F")],
            "text/html",
            "moved");

        var error = await Fails.With<AstakosRedirectException>(() => Client.GetQuotasAsync());

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(error.Location, Is.EqualTo("https://login.example.org/enter?token=***&next=%2F"));
        Assert.That(error.Message, Does.Contain("not followed").And.Not.Contain("secret"));
        Assert.That(error.ResponseBody, Is.EqualTo("moved"));
    }

    [Test]
    public async Task AnOAuth2ErrorBodyIsParsed()
    {
        Harness.ExpectDiscovery();
        Harness.Expect(HttpMethod.Post, AstakosHarness.OAuth2 + "/token")
            .Respond(HttpStatusCode.BadRequest, "application/json", """{"error": "invalid_grant", "exception": "Invalid authorization code"}""");

        var error = await Fails.With<BadRequestException>(() => Client.GetTokenAsync("authorization_code", "cid", "csec"));

        Assert.That(error.Fault!.Name, Is.EqualTo("invalid_grant"));
        Assert.That(error.Details, Is.EqualTo("Invalid authorization code"));
    }

    [TestCase("CDEe2k0T/HdiJWBMMbHyOA==", "/tokens/CDEe2k0T/HdiJWBMMbHyOA%3D%3D")]
    [TestCase("/CDEe2k0THdiJWBMMbHyOA==", "/tokens//CDEe2k0THdiJWBMMbHyOA%3D%3D")]
    public async Task ErrorsNeverShowTheTokenOfAPath(string tokenId, string sentAs)
    {
        Harness.Expect(HttpMethod.Get, AstakosHarness.Identity + sentAs)
            .Respond(HttpStatusCode.NotFound, "application/json", $$$"""{"itemNotFound": {"code": 404, "message": "Invalid token {{{tokenId}}}", "details": ""}}""");

        var error = await Fails.With<NotFoundException>(() => Client.ValidateTokenAsync(tokenId));

        Assert.That(error.RequestPath, Is.EqualTo(AstakosHarness.Identity + "/tokens/***"));
        Assert.That(error.ToString(), Does.Not.Contain("CDEe2k0T").And.Not.Contain("HdiJWB"));
        Assert.That(error.ResponseBody, Does.Contain("Invalid token ***"));
    }
}

public sealed class TimeoutTests
{
    [Test]
    public async Task RunningOutOfTimeIsATimeoutAConnectionErrorOfItsOwn()
    {
        using var harness = new AstakosHarness(o => o.Timeout = TimeSpan.FromMilliseconds(100));
        harness.Mock.Expect(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens")
            .Respond(new DelayedResponder(TimeSpan.FromSeconds(30), "{}"));

        var error = await Fails.With<AstakosTimeoutException>(() => harness.Client.AuthenticateAsync());

        Assert.That(error, Is.InstanceOf<AstakosConnectionException>());
        Assert.That(error.Kind, Is.EqualTo(Errors.AuthErrorKind.Timeout));
    }

    [Test]
    public void CancellingStaysACancellation()
    {
        using var harness = new AstakosHarness();
        harness.Mock.Expect(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens")
            .Respond(new DelayedResponder(TimeSpan.FromSeconds(30), "{}"));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.That(async () => await harness.Client.AuthenticateAsync(cancellationToken: cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
