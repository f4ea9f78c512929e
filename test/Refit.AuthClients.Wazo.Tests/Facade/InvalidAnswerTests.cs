using System.Net;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Errors;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>A success answer lacking what the call returns is an invalid response, never a null result.</summary>
public class InvalidAnswerTests
{
    private static IEnumerable<TestCaseData> Answers()
    {
        yield return Case("a user that is JSON null", HttpMethod.Get, "/users/" + UserUuid, "null", c => c.Users.GetAsync(UserUuid));
        yield return Case("a list without items", HttpMethod.Get, "/groups", """{"total": 1, "items": null}""", c => c.Groups.ListAsync());
        yield return Case("an idp list without items", HttpMethod.Get, "/idp", """{"total": 1, "items": null}""", c => c.Idp.ListAsync());
        yield return Case("backends without data", HttpMethod.Get, "/backends", """{"data": null}""", c => c.Backends.ListAsync());
        yield return Case("a configuration that is JSON null", HttpMethod.Get, "/config", "null", c => c.Config.GetAsync());
        yield return Case("external data that is JSON null", HttpMethod.Get, $"/users/{UserUuid}/external/foo", "null", c => c.External.GetAsync("foo", UserUuid));
        yield return Case("a created token without data", HttpMethod.Post, "/token", "{}", c => c.Token.CreateAsync());
        yield return Case("a logout without location", HttpMethod.Get, "/saml/logout", "{}", c => c.Saml.LogoutAsync());
        yield return Case("a body that is not JSON", HttpMethod.Get, "/policies/" + PolicyUuid, "<html/>", c => c.Policies.GetAsync(PolicyUuid));
    }

    [TestCaseSource(nameof(Answers))]
    public async Task Is_an_invalid_response(HttpMethod method, string path, string body, Func<IWazoAuthClient, Task> call)
    {
        using var h = FacadeHarness.Create();
        h.Expect(method, path).Respond(HttpStatusCode.OK, "application/json", body);

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(async () => await call(h.Client));

        Assert.That(thrown!.Kind, Is.EqualTo(AuthErrorKind.InvalidResponse));
        Assert.That(thrown.RequestMethod, Is.EqualTo(method.Method));
    }

    [TestCase(HttpStatusCode.OK, "https://example.com/acs")]
    [TestCase(HttpStatusCode.Found, null)]
    public async Task Acs_without_a_redirect_and_its_location_is_an_invalid_response(HttpStatusCode status, string? location)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, "/saml/acs").Respond(_ =>
        {
            var response = new HttpResponseMessage(status);
            response.Headers.Location = location is null ? null : new Uri(location);
            return response;
        });

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(() => h.Client.Saml.AcsAsync("PHNhbWw+", "relay-1"));

        Assert.That(thrown!.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task Acs_accepts_the_specs_303()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, "/saml/acs").Respond(_ => new HttpResponseMessage(HttpStatusCode.SeeOther) { Headers = { Location = new Uri("https://example.com/acs") } });

        var location = await h.Client.Saml.AcsAsync("PHNhbWw+", "relay-1");

        Assert.That(location, Is.EqualTo(new Uri("https://example.com/acs")));
    }

    private static TestCaseData Case<T>(string name, HttpMethod method, string path, string body, Func<IWazoAuthClient, Task<T>> call) =>
        new TestCaseData(method, path, body, (Func<IWazoAuthClient, Task>)(c => call(c))).SetName(name);
}
