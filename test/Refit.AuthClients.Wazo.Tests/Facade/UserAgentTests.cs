using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>
/// The configured <c>User-Agent</c> goes, alone and whole, on the two calls where the reference client puts its own
/// (<c>token.new</c> and <c>check_scopes</c>), through the facade as registered in DI.
/// </summary>
public class UserAgentTests
{
    private const string UserAgent = "billing-service/3.1 (+https://billing.example.com)";

    [Test]
    public async Task Token_creation_sends_the_configured_user_agent_with_its_basic_credentials()
    {
        using var h = FacadeHarness.Create(o => o.UserAgent = UserAgent);
        h.Expect(HttpMethod.Post, "/token")
            .WithHeaders("Authorization", "Basic YWxpY2U6YWxpY2U=")
            .With(SendsTheConfiguredUserAgent)
            .RespondJson(TokenData);

        var token = await h.Client.Token.CreateAsync(expiration: 3600);

        Assert.That(token.Token, Is.EqualTo(Token));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_scope_check_sends_the_configured_user_agent()
    {
        using var h = FacadeHarness.Create(o => o.UserAgent = UserAgent);
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check")
            .With(SendsTheConfiguredUserAgent)
            .RespondJson(ScopeCheckResult);

        var scopes = await h.Client.Token.CheckScopesAsync(Token, ["dird"]);

        Assert.That(scopes["dird"], Is.True);
        h.Mock.VerifyNoOutstandingExpectation();
    }

    // One User-Agent header, exactly the configured one (MockHttp's WithHeaders would accept it among others).
    private static bool SendsTheConfiguredUserAgent(HttpRequestMessage request) =>
        request.Headers.TryGetValues("User-Agent", out var values) && string.Join(' ', values) == UserAgent;
}
