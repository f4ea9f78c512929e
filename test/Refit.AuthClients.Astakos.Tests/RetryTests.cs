using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class RetryTests : HarnessFixture
{
    internal override void Configure(AstakosClientOptions options) => options.Retry = 2;

    [Test]
    public async Task A503OnAGetIsRetried()
    {
        Harness.ExpectDiscovery();
        var quotas = Answers(HttpMethod.Get, AstakosHarness.Account + "/quotas", HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        await Client.GetQuotasAsync();

        Assert.That(quotas.Count, Is.EqualTo(3));
    }

    [Test]
    public async Task AnUnauthorizedIsNeverRetried()
    {
        Harness.ExpectDiscovery();
        var quotas = Answers(HttpMethod.Get, AstakosHarness.Account + "/quotas", HttpStatusCode.Unauthorized, HttpStatusCode.OK);

        await Fails.With<UnauthorizedException>(() => Client.GetQuotasAsync());

        Assert.That(quotas.Count, Is.EqualTo(1));
    }

    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.BadGateway)]
    [TestCase(HttpStatusCode.GatewayTimeout)]
    public async Task TheServiceUnavailableStatusesAreRetried(HttpStatusCode status)
    {
        var info = CommissionInfoAnswering(status);

        var commission = await Client.GetCommissionInfoAsync(57);

        Assert.That(commission.Serial, Is.EqualTo(57));
        Assert.That(info.Count, Is.EqualTo(2));
    }

    [TestCase(HttpStatusCode.NotFound)]
    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.Forbidden)]
    [TestCase(HttpStatusCode.RequestTimeout)]
    [TestCase(HttpStatusCode.TooManyRequests)]
    [TestCase(HttpStatusCode.NotImplemented)]
    [TestCase(HttpStatusCode.HttpVersionNotSupported)]
    public async Task DeterministicFailuresAreNotRetried(HttpStatusCode status)
    {
        var info = CommissionInfoAnswering(status);

        var error = await Fails.With<AstakosClientException>(() => Client.GetCommissionInfoAsync(57));

        Assert.That(error.StatusCode, Is.EqualTo(status));
        Assert.That(info.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task IssuingACommissionIsNotRetriedOnA503()
    {
        Harness.ExpectDiscovery();
        var issue = Answers(HttpMethod.Post, AstakosHarness.Account + "/commissions", HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created);

        var error = await Fails.With<AstakosClientException>(() => Client.IssueOneCommissionAsync("u1", "p1", new Dictionary<string, long> { ["cyclades.vm"] = 1 }));

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(issue.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task ModifyingAProjectIsNotRetriedAlthoughItIsAPut()
    {
        Harness.ExpectDiscovery();
        var modify = Answers(HttpMethod.Put, AstakosHarness.Account + "/projects/p1", HttpStatusCode.BadGateway, HttpStatusCode.Created);

        var error = await Fails.With<AstakosClientException>(() => Client.ModifyProjectAsync("p1", new ProjectSpec { MaxMembers = 3 }));

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(modify.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task ModifyingAProjectIsNotRetriedAfterABrokenConnection()
    {
        Harness.ExpectDiscovery();
        var attempts = 0;
        Harness.Mock.When(HttpMethod.Put, AstakosHarness.Host + AstakosHarness.Account + "/projects/p1").Respond(_ =>
        {
            attempts++;
            throw new HttpRequestException("Connection reset by peer");
        });

        await Fails.With<AstakosConnectionException>(() => Client.ModifyProjectAsync("p1", new ProjectSpec { MaxMembers = 3 }));

        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task AUserCatalogLookupIsAReadOnlyPostAndIsRetried()
    {
        Harness.ExpectDiscovery();
        var lookup = Answers(HttpMethod.Post, AstakosHarness.Account + "/user_catalogs", HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        await Client.GetUsernamesAsync(["u1"]);

        Assert.That(lookup.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task AuthenticationIsRetried()
    {
        var tokens = Answers(HttpMethod.Post, AstakosHarness.Identity + "/tokens", HttpStatusCode.BadGateway, HttpStatusCode.OK);

        await Client.AuthenticateAsync();

        Assert.That(tokens.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task TheDiscoveryPostIsRetried()
    {
        var discovery = new Counter();
        Harness.Mock.When(HttpMethod.Post, AstakosHarness.Host + AstakosHarness.Identity + "/tokens").WithEmptyContent().Respond(_ =>
            ++discovery.Count == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("{}") }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixtures.DiscoveryFixture) });
        var quotas = Answers(HttpMethod.Get, AstakosHarness.Account + "/quotas", HttpStatusCode.OK);

        await Client.GetQuotasAsync();

        Assert.That(discovery.Count, Is.EqualTo(2));
        Assert.That(quotas.Count, Is.EqualTo(1));
    }

    private static readonly Dictionary<string, (HttpMethod Method, string Path, Func<IAstakosClient, Task> Call)> CallsNeverRepeated = new()
    {
        ["IssueCommissionAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/commissions", c => c.IssueOneCommissionAsync("u1", "p1", new Dictionary<string, long> { ["cyclades.vm"] = 1 })),
        ["CommissionActionAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/commissions/57/action", c => c.AcceptCommissionAsync(57)),
        ["ResolveCommissionsAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/commissions/action", c => c.ResolveCommissionsAsync([57], [58])),
        ["SendFeedbackAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/feedback", c => c.SendFeedbackAsync("hello", "{}")),
        ["SetDefaultProjectAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/myaccount/default_project", c => c.SetDefaultProjectAsync("p1")),
        ["CreateProjectAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/projects", c => c.CreateProjectAsync(new ProjectSpec { Name = "p.example.org", EndDate = DateTimeOffset.UnixEpoch.AddYears(60) })),
        ["ProjectActionAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/projects/p1/action", c => c.ProjectActionAsync("p1", "suspend")),
        ["ApplicationActionAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/projects/p1/action", c => c.ApplicationActionAsync("p1", 3, "approve")),
        ["JoinProjectAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/projects/memberships", c => c.JoinProjectAsync("p1")),
        ["EnrollMemberAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/projects/memberships", c => c.EnrollMemberAsync("p1", "bob@example.org")),
        ["MembershipActionAsync"] = (HttpMethod.Post, AstakosHarness.Account + "/projects/memberships/5/action", c => c.MembershipActionAsync(5, "accept")),
        ["GetTokenAsync"] = (HttpMethod.Post, AstakosHarness.OAuth2 + "/token", c => c.GetTokenAsync("authorization_code", "cid", "csec")),
    };

    private static IEnumerable<string> CallsNeverRepeatedNames => CallsNeverRepeated.Keys;

    [TestCaseSource(nameof(CallsNeverRepeatedNames))]
    public async Task ACallThatMayChangeSomethingIsNotRetriedOnA503(string name)
    {
        var (method, path, call) = CallsNeverRepeated[name];
        Harness.ExpectDiscovery();
        var attempts = Answers(method, path, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        var error = await Fails.With<AstakosClientException>(() => call(Client));

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(attempts.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task RetriesStopAfterTheConfiguredCount()
    {
        Harness.ExpectDiscovery();
        var quotas = Answers(HttpMethod.Get, AstakosHarness.Account + "/quotas", HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        var error = await Fails.With<AstakosClientException>(() => Client.GetQuotasAsync());

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(quotas.Count, Is.EqualTo(3));
    }

    /// <summary>Answers commission 57's info with <paramref name="first"/>, then with the commission.</summary>
    private Counter CommissionInfoAnswering(HttpStatusCode first)
    {
        Harness.ExpectDiscovery();
        return Answers(HttpMethod.Get, AstakosHarness.Account + "/commissions/57", first, HttpStatusCode.OK);
    }

    /// <summary>Answers the requests to <paramref name="path"/> with <paramref name="statuses"/> in turn, counting them.</summary>
    private Counter Answers(HttpMethod method, string path, params HttpStatusCode[] statuses)
    {
        var counter = new Counter();
        Harness.Mock.When(method, AstakosHarness.Host + path).Respond(_ =>
        {
            var status = statuses[Math.Min(counter.Count, statuses.Length - 1)];
            counter.Count++;
            return new HttpResponseMessage(status) { Content = new StringContent(BodyFor(path, status), System.Text.Encoding.UTF8, "application/json") };
        });
        return counter;
    }

    private static string BodyFor(string path, HttpStatusCode status) =>
        status is not (HttpStatusCode.OK or HttpStatusCode.Created) ? "{}"
        : path.EndsWith("/quotas", StringComparison.Ordinal) ? Fixtures.QuotasResponse
        : path.EndsWith("/user_catalogs", StringComparison.Ordinal) ? Fixtures.UserCatalogsResponse
        : path.EndsWith("/tokens", StringComparison.Ordinal) ? Fixtures.AuthenticateResponse
        : path.EndsWith("/commissions/57", StringComparison.Ordinal) ? Fixtures.CommissionInfoResponse
        : """{"serial": 1, "id": "p1", "application": 1}""";

    private sealed class Counter
    {
        public int Count { get; set; }
    }
}
