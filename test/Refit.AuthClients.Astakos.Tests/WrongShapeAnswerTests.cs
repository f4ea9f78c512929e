namespace Refit.AuthClients.Astakos.Tests;

/// <summary>A success answer that lacks what the call returns is an invalid response, never a half-empty result.</summary>
public sealed class WrongShapeAnswerTests : HarnessFixture
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("GetTokenAsync without access_token", HttpMethod.Post, AstakosHarness.OAuth2 + "/token", """{"token_type": "Bearer"}""",
            c => c.GetTokenAsync("authorization_code", "cid", "csec"), "access_token");
        yield return Case("GetCommissionInfoAsync without serial", HttpMethod.Get, AstakosHarness.Account + "/commissions/57", """{"name": "x"}""",
            c => c.GetCommissionInfoAsync(57), "serial");
        yield return Case("ResolveCommissionsAsync answered {}", HttpMethod.Post, AstakosHarness.Account + "/commissions/action", "{}",
            c => c.ResolveCommissionsAsync([57], []), "accepted");
        yield return Case("GetUsernameAsync with a null name", HttpMethod.Post, AstakosHarness.Account + "/user_catalogs", """{"uuid_catalog": {"u1": null}}""",
            c => c.GetUsernameAsync("u1"), "uuid_catalog");
        yield return Case("GetUsernamesAsync with a null name", HttpMethod.Post, AstakosHarness.Account + "/user_catalogs", """{"uuid_catalog": {"u1": "a", "u2": null}}""",
            c => c.GetUsernamesAsync(["u1", "u2"]), "uuid_catalog");
        yield return Case("ServiceGetUuidAsync with a null uuid", HttpMethod.Post, AstakosHarness.Account + "/service/user_catalogs", """{"displayname_catalog": {"bob": null}}""",
            c => c.ServiceGetUuidAsync("bob"), "displayname_catalog");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task IsAnInvalidResponse(HttpMethod method, string path, string body, Func<IAstakosClient, Task> call, string missing)
    {
        Harness.ExpectDiscovery();
        Harness.Expect(method, path).Respond("application/json", body);

        var error = await Fails.With<InvalidResponseException>(() => call(Client));

        VerifyRequests();
        Assert.That(error.RequestPath, Is.EqualTo(path));
        Assert.That(error.ToString(), Does.Contain(missing));
    }

    private static TestCaseData Case(string name, HttpMethod method, string path, string body, Func<IAstakosClient, Task> call, string missing) =>
        new TestCaseData(method, path, body, call, missing).SetName(name);
}
