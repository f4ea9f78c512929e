using System.Net;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class SamlApiTests
{
    [Test]
    public async Task SsoAsync_posts_the_login_context_and_reads_location_and_session()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/saml/sso")
            .WithJsonBody("""{"redirect_url": "https://example.com/acs", "domain": "example.com"}""")
            .RespondJson(SsoResult);

        var result = await h.Api<IWazoSamlApi>().SsoAsync(new WazoSamlLoginContext { RedirectUrl = "https://example.com/acs", Domain = "example.com" });

        Assert.That(result.Location, Does.StartWith("https://idp.example.com/sso?SAMLRequest="));
        Assert.That(result.SamlSessionId, Is.EqualTo("b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task SsoAsync_accepts_the_spec_201()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/saml/sso").RespondJson(SsoResult, HttpStatusCode.Created);

        var result = await h.Api<IWazoSamlApi>().SsoAsync(new WazoSamlLoginContext { RedirectUrl = "https://example.com/acs", Domain = "example.com" });

        Assert.That(result.SamlSessionId, Is.Not.Null);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase(HttpStatusCode.Found)]
    [TestCase(HttpStatusCode.SeeOther)]
    public async Task AcsAsync_posts_the_form_and_hands_back_the_redirect_unfollowed(HttpStatusCode status)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/saml/acs")
            .WithExactFormData("SAMLResponse=PHNhbWw%2B&RelayState=relay-1")
            .Respond(_ =>
            {
                var response = new HttpResponseMessage(status);
                response.Headers.Location = new Uri("https://example.com/acs?login_failure_code=401");
                return response;
            });

        using var response = await h.Api<IWazoSamlApi>().AcsAsync(new WazoSamlAcsForm { SamlResponse = "PHNhbWw+", RelayState = "relay-1" });

        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Headers.Location, Is.EqualTo(new Uri("https://example.com/acs?login_failure_code=401")));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task LogoutAsync_reads_location_whatever_its_case()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/saml/logout").WithClientToken().RespondJson("""{"Location": "https://idp.example.com/slo"}""");

        var result = await h.Api<IWazoSamlApi>().LogoutAsync();

        Assert.That(result.Location, Is.EqualTo("https://idp.example.com/slo"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task LogoutAsync_reads_the_server_lowercase_location()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/saml/logout").RespondJson(LogoutResult);

        var result = await h.Api<IWazoSamlApi>().LogoutAsync();

        Assert.That(result.Location, Is.EqualTo("https://idp.example.com/slo?SAMLRequest=abc"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task SingleLogoutAsync_sends_the_saml_query_and_hands_back_the_redirect()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/saml/sls")
            .WithRawQuery("SAMLResponse=abc%2B%3D&RelayState=relay-1")
            .Respond(_ =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.Found);
                response.Headers.Location = new Uri("https://example.com/logged-out");
                return response;
            });

        using var response = await h.Api<IWazoSamlApi>().SingleLogoutAsync("abc+=", "relay-1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Headers.Location!.Host, Is.EqualTo("example.com"));
        h.Mock.VerifyNoOutstandingExpectation();
    }
}
