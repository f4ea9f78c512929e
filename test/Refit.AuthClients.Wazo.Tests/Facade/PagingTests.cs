using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>The <c>...AllAsync</c> companions read a list by pages until <c>filtered</c> items were read or a page is empty.</summary>
public class PagingTests
{
    private const string Sub = FacadeHarness.CallTenant;

    [Test]
    public async Task ListAllAsync_reads_three_pages_keeping_the_filters_and_the_tenant()
    {
        using var h = FacadeHarness.Create();
        for (var offset = 0; offset < 5; offset += 2)
        {
            var names = Enumerable.Range(offset, Math.Min(2, 5 - offset)).Select(i => $$"""{"uuid": "u{{i}}", "username": "user{{i}}"}""");
            h.Expect(HttpMethod.Get, "/users")
                .WithExactQueryString($"search=user&order=username&limit=2&offset={offset}")
                .WithHeaders(WazoHeaders.Tenant, Sub)
                .RespondJson($$"""{"total": 9, "filtered": 5, "items": [{{string.Join(", ", names)}}]}""");
        }

        var users = await h.Client.Users.ListAllAsync(new WazoUserListQuery { Search = "user", Order = "username", Limit = 50 }, pageSize: 2, tenant: Sub).ToListAsync();

        Assert.That(users.Select(u => u.Username), Is.EqualTo(new[] { "user0", "user1", "user2", "user3", "user4" }));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListAllAsync_starts_at_the_query_offset_and_stops_at_an_empty_page()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Get, "/groups").WithExactQueryString("limit=100&offset=10").RespondJson("""{"total": 50, "filtered": 50, "items": [{"uuid": "g1", "name": "a"}]}""");
        h.Expect(HttpMethod.Get, "/groups").WithExactQueryString("limit=100&offset=11").RespondJson("""{"total": 50, "filtered": 50, "items": []}""");

        var groups = await h.Client.Groups.ListAllAsync(new WazoGroupListQuery { Offset = 10 }).ToListAsync();

        Assert.That(groups.Select(g => g.Name), Is.EqualTo(new[] { "a" }));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListAllAsync_of_policies_stops_at_total_since_the_envelope_has_no_filtered()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Get, "/policies").WithExactQueryString("limit=1&offset=0").RespondJson("""{"total": 2, "items": [{"uuid": "p1", "name": "a"}]}""");
        h.Expect(HttpMethod.Get, "/policies").WithExactQueryString("limit=1&offset=1").RespondJson("""{"total": 2, "items": [{"uuid": "p2", "name": "b"}]}""");

        var policies = await h.Client.Policies.ListAllAsync(pageSize: 1).ToListAsync();

        Assert.That(policies.Select(p => p.Name), Is.EqualTo(new[] { "a", "b" }));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListAllAsync_refuses_a_page_without_total_rather_than_stopping_early()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Get, "/users").WithExactQueryString("limit=1&offset=0").RespondJson("""{"total": 3, "filtered": 3, "items": [{"uuid": "u0"}]}""");
        h.Expect(HttpMethod.Get, "/users").WithExactQueryString("limit=1&offset=1").RespondJson("""{"filtered": 3, "items": [{"uuid": "u1"}]}""");

        var read = new List<string?>();
        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(async () =>
        {
            await foreach (var user in h.Client.Users.ListAllAsync(pageSize: 1))
            {
                read.Add(user.Uuid);
            }
        });

        Assert.That(thrown!.RequestPath, Does.EndWith("/users?limit=1&offset=1"));
        Assert.That(read, Is.EqualTo(new[] { "u0" }));
    }

    [Test]
    public async Task ListAllAsync_stops_before_the_offset_overflows()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Get, "/groups").WithExactQueryString($"limit=100&offset={int.MaxValue - 1}")
            .RespondJson($$"""{"total": {{int.MaxValue}}, "filtered": {{int.MaxValue}}, "items": [{"uuid": "a"}, {"uuid": "b"}, {"uuid": "c"}]}""");

        var groups = await h.Client.Groups.ListAllAsync(new WazoGroupListQuery { Offset = int.MaxValue - 1 }).ToListAsync();

        Assert.That(groups, Has.Count.EqualTo(3));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    /// <summary>A count that grows with every page: ceil(4 / 2) + 1 = 3 pages are read, then the reading stops.</summary>
    [Test]
    public async Task ListAllAsync_reads_at_most_the_pages_the_first_count_allows_plus_one()
    {
        using var h = FacadeHarness.Create();
        var requests = 0;
        h.Mock.When(HttpMethod.Get, WazoHarness.BaseUrl + "/sessions").Respond(request =>
        {
            var offset = int.Parse(System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["offset"]!, System.Globalization.CultureInfo.InvariantCulture);
            var body = ++requests > 10
                ? """{"message": "the test server gives up"}"""
                : $$"""{"total": {{offset + 4}}, "filtered": {{offset + 4}}, "items": [{"uuid": "s{{offset}}"}, {"uuid": "s{{offset + 1}}"}]}""";
            return new HttpResponseMessage(requests > 10 ? System.Net.HttpStatusCode.InternalServerError : System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
        });

        var sessions = await h.Client.Sessions.ListAllAsync(pageSize: 2).ToListAsync();

        Assert.That(sessions, Has.Count.EqualTo(6));
        Assert.That(requests, Is.EqualTo(3));
    }

    [Test]
    public async Task ListAllAsync_is_not_cut_short_by_a_server_serving_smaller_pages_than_asked()
    {
        using var h = FacadeHarness.Create();
        for (var offset = 0; offset < 5; offset++)
        {
            h.Expect(HttpMethod.Get, "/sessions").WithExactQueryString($"limit=100&offset={offset}")
                .RespondJson($$"""{"total": 5, "filtered": 5, "items": [{"uuid": "s{{offset}}"}]}""");
        }

        var sessions = await h.Client.Sessions.ListAllAsync().ToListAsync();

        Assert.That(sessions, Has.Count.EqualTo(5));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void A_page_size_below_one_is_refused_before_enumerating()
    {
        using var h = FacadeHarness.Create();

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => h.Client.Sessions.ListAllAsync(pageSize: 0));

        Assert.That(thrown!.ParamName, Is.EqualTo("pageSize"));
    }

    private static IEnumerable<TestCaseData> Companions()
    {
        yield return Companion("Users.ListAllAsync", "/users", (c, size) => c.Users.ListAllAsync(pageSize: size, tenant: Sub));
        yield return Companion("Users.GetAllGroupsAsync", $"/users/{UserUuid}/groups", (c, size) => c.Users.GetAllGroupsAsync(UserUuid, pageSize: size, tenant: Sub));
        yield return Companion("Users.GetAllPoliciesAsync", $"/users/{UserUuid}/policies", (c, size) => c.Users.GetAllPoliciesAsync(UserUuid, pageSize: size, tenant: Sub));
        yield return Companion("Users.GetAllSessionsAsync", $"/users/{UserUuid}/sessions", (c, size) => c.Users.GetAllSessionsAsync(UserUuid, pageSize: size, tenant: Sub));
        yield return Companion("Groups.ListAllAsync", "/groups", (c, size) => c.Groups.ListAllAsync(pageSize: size, tenant: Sub));
        yield return Companion("Groups.GetAllPoliciesAsync", $"/groups/{GroupUuid}/policies", (c, size) => c.Groups.GetAllPoliciesAsync(GroupUuid, pageSize: size, tenant: Sub));
        yield return Companion("Groups.GetAllUsersAsync", $"/groups/{GroupUuid}/users", (c, size) => c.Groups.GetAllUsersAsync(GroupUuid, pageSize: size, tenant: Sub));
        yield return Companion("Policies.ListAllAsync", "/policies", (c, size) => c.Policies.ListAllAsync(pageSize: size, tenant: Sub));
        yield return Companion("Tenants.ListAllAsync", "/tenants", (c, size) => c.Tenants.ListAllAsync(pageSize: size, tenant: Sub));
        yield return Companion("Sessions.ListAllAsync", "/sessions", (c, size) => c.Sessions.ListAllAsync(pageSize: size, tenant: Sub));
        yield return Companion("RefreshTokens.ListAllAsync", "/tokens", (c, size) => c.RefreshTokens.ListAllAsync(pageSize: size, tenant: Sub));
        yield return Companion("Token.ListAllAsync", "/users/me/tokens", (c, size) => c.Token.ListAllAsync("me", pageSize: size, tenant: Sub));
        yield return Companion("External.ListAllAsync", $"/users/{UserUuid}/external", (c, size) => c.External.ListAllAsync(UserUuid, pageSize: size, tenant: Sub));
        yield return Companion("External.ListAllConnectedUsersAsync", "/external/foo/users", (c, size) => c.External.ListAllConnectedUsersAsync("foo", pageSize: size, tenant: Sub));
    }

    [TestCaseSource(nameof(Companions))]
    public async Task Every_companion_pages_its_list_with_the_call_tenant(string path, Func<IWazoAuthClient, int, IAsyncEnumerable<object>> readAll)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Get, path).WithExactQueryString("limit=2&offset=0").WithHeaders(WazoHeaders.Tenant, Sub)
            .RespondJson("""{"total": 3, "filtered": 3, "items": [{"uuid": "a"}, {"uuid": "b"}]}""");
        h.Expect(HttpMethod.Get, path).WithExactQueryString("limit=2&offset=2").WithHeaders(WazoHeaders.Tenant, Sub)
            .RespondJson("""{"total": 3, "filtered": 3, "items": [{"uuid": "c"}]}""");

        var items = await readAll(h.Client, 2).ToListAsync();

        Assert.That(items, Has.Count.EqualTo(3));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void Every_paging_companion_has_a_case()
    {
        var companions = typeof(IWazoAuthClient).GetProperties()
            .Where(p => p.PropertyType.IsInterface)
            .SelectMany(p => p.PropertyType.GetMethods().Where(FacadeRequestTests.IsPagingCompanion).Select(m => $"{p.Name}.{m.Name}"));

        Assert.That(Companions().Select(c => c.TestName), Is.EquivalentTo(companions));
    }

    private static TestCaseData Companion(string name, string path, Func<IWazoAuthClient, int, IAsyncEnumerable<object>> readAll) =>
        new TestCaseData(path, readAll).SetName(name);
}
