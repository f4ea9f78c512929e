using System.Net;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>The token calls answer as the reference client's, without its silent failures (§13 #10, #11, #12).</summary>
public class TokenSemanticsTests
{
    [TestCase(HttpStatusCode.NoContent, true)]
    [TestCase(HttpStatusCode.OK, true)]
    [TestCase(HttpStatusCode.Forbidden, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    public async Task IsValidAsync_is_true_for_any_2xx_and_false_for_403_and_404(HttpStatusCode status, bool expected)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Head, "/token/" + Token).WithExactQueryString("scope=dird").RespondEmpty(status);

        var valid = await h.Client.Token.IsValidAsync(Token, "dird");

        Assert.That(valid, Is.EqualTo(expected));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase(HttpStatusCode.InternalServerError, typeof(WazoAuthException))]
    [TestCase(HttpStatusCode.Unauthorized, typeof(WazoAuthUnauthorizedException))]
    [TestCase(HttpStatusCode.BadRequest, typeof(WazoAuthBadRequestException))]
    public async Task IsValidAsync_reports_any_other_status_as_an_error(HttpStatusCode status, Type error)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Head, "/token/" + Token).RespondEmpty(status);

        var thrown = await Assert.ThrowsAsync(error, () => h.Client.Token.IsValidAsync(Token));

        Assert.That(((WazoAuthException)thrown!).StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task CheckAsync_is_true_for_204()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Head, "/token/" + Token).RespondEmpty(HttpStatusCode.NoContent);

        Assert.That(await h.Client.Token.CheckAsync(Token), Is.True);
    }

    [TestCase(HttpStatusCode.NotFound, typeof(InvalidTokenException))]
    [TestCase(HttpStatusCode.Forbidden, typeof(MissingPermissionsTokenException))]
    [TestCase(HttpStatusCode.InternalServerError, typeof(WazoAuthException))]
    public async Task CheckAsync_reports_refusals_with_the_reference_exception_types(HttpStatusCode status, Type error)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Head, "/token/" + Token).WithExactQueryString("scope=dird").RespondEmpty(status);

        var thrown = await Assert.ThrowsAsync(error, () => h.Client.Token.CheckAsync(Token, "dird"));

        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.TypeOf(error));
            Assert.That(((WazoAuthException)thrown!).StatusCode, Is.EqualTo(status));
            Assert.That(thrown!.Message, Does.Not.Contain(Token));
        });
    }

    [TestCase(HttpStatusCode.OK)]
    [TestCase(HttpStatusCode.NoContent)]
    [TestCase(HttpStatusCode.NotFound)]
    public async Task RevokeAsync_succeeds_on_2xx_and_404(HttpStatusCode status)
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Delete, "/token/" + Token).RespondEmpty(status);

        await Assert.DoesNotThrowAsync(() => h.Client.Token.RevokeAsync(Token));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task RevokeAsync_reports_a_server_error_the_reference_would_hide()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Delete, "/token/" + Token).RespondEmpty(HttpStatusCode.InternalServerError);

        var thrown = await Assert.ThrowsAsync<WazoAuthException>(() => h.Client.Token.RevokeAsync(Token));

        Assert.That(thrown!.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
    }

    [Test]
    public async Task CreateAsync_takes_each_credential_from_the_argument_else_from_the_options()
    {
        using var h = FacadeHarness.Create(o => (o.Username, o.Password) = ("alice", "from-options"));
        h.Expect(HttpMethod.Post, "/token")
            .WithHeaders("Authorization", "Basic " + Convert.ToBase64String("bob:from-options"u8.ToArray()))
            .WithJsonBody("{}")
            .RespondJson(TokenData);

        var token = await h.Client.Token.CreateAsync(username: "bob");

        Assert.That(token.Token, Is.EqualTo(Token));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateAsync_from_a_saml_session_sends_empty_credentials_whatever_the_options_hold()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Post, "/token")
            .WithHeaders("Authorization", "Basic Og==")
            .WithJsonBody("""{"saml_session_id": "b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f"}""")
            .RespondJson(TokenData);

        var token = await h.Client.Token.CreateAsync(samlSessionId: "b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f");

        Assert.That(token.Token, Is.EqualTo(Token));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase(null, "pw", "username")]
    [TestCase("alice", null, "password")]
    public async Task CreateAsync_without_a_credential_in_the_arguments_or_the_options_is_refused(string? username, string? password, string paramName)
    {
        using var h = FacadeHarness.Create(o => (o.Username, o.Password) = (username, password));

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Token.CreateAsync(expiration: 60));

        Assert.That(thrown!.ParamName, Is.EqualTo(paramName));
        Assert.That(thrown.Message, Does.Not.Contain("pw"));
    }

    private static IEnumerable<TestCaseData> ContradictoryRequests()
    {
        yield return new TestCaseData(new WazoTokenRequest { RefreshToken = RefreshToken, SamlSessionId = "s", ClientId = "a" }, "samlSessionId").SetName("refresh token and SAML session");
        yield return new TestCaseData(new WazoTokenRequest { RefreshToken = RefreshToken }, "clientId").SetName("refresh token without client id");
        yield return new TestCaseData(new WazoTokenRequest { AccessType = "offline" }, "clientId").SetName("offline without client id");
        yield return new TestCaseData(new WazoTokenRequest { AccessType = "offline", ClientId = "a", RefreshToken = RefreshToken }, "accessType").SetName("offline with a refresh token");
        yield return new TestCaseData(new WazoTokenRequest { TenantId = "t", DomainName = "wazo.io" }, "domainName").SetName("tenant id and domain name");
        yield return new TestCaseData(new WazoTokenRequest { Expiration = 0 }, "expiration").SetName("expiration below 1");
        yield return new TestCaseData(new WazoTokenRequest { Expiration = 315_360_001 }, "expiration").SetName("expiration above ten years");
        yield return new TestCaseData(new WazoTokenRequest { Backend = " " }, "backend").SetName("blank backend");
    }

    [TestCaseSource(nameof(ContradictoryRequests))]
    public async Task CreateAsync_refuses_what_the_server_would_refuse_before_sending(WazoTokenRequest request, string field)
    {
        using var h = FacadeHarness.Create();

        var named = await Assert.ThrowsAsync(
            Is.InstanceOf<ArgumentException>(),
            () => h.Client.Token.CreateAsync(
                request.Backend, request.Expiration, accessType: request.AccessType, clientId: request.ClientId, refreshToken: request.RefreshToken,
                tenantId: request.TenantId, domainName: request.DomainName, samlSessionId: request.SamlSessionId));
        var built = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => h.Client.Token.CreateAsync(request));

        Assert.That(((ArgumentException)named!).ParamName, Is.EqualTo(field));
        Assert.That(((ArgumentException)built!).ParamName, Is.EqualTo("request"));
    }

    [Test]
    public async Task CreateAsync_refuses_credentials_with_a_refresh_token()
    {
        using var h = FacadeHarness.Create();

        var thrown = await Assert.ThrowsAsync<ArgumentException>(
            () => h.Client.Token.CreateAsync(clientId: "my-app", refreshToken: RefreshToken, password: "s3cr37"));

        Assert.That(thrown!.ParamName, Is.EqualTo("password"));
        Assert.That(thrown.Message, Does.Not.Contain("s3cr37"));
    }

    [Test]
    public async Task GetAsync_turns_an_answer_without_data_into_an_invalid_response()
    {
        using var h = FacadeHarness.Create();
        h.Expect(HttpMethod.Get, "/token/" + Token).RespondJson("""{"data": null}""");

        var thrown = await Assert.ThrowsAsync<WazoAuthInvalidResponseException>(() => h.Client.Token.GetAsync(Token));

        Assert.That(thrown!.Message, Does.Not.Contain(Token));
    }
}
