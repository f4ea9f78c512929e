using System.Net;
using System.Text.Json;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Errors;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class ErrorMappingTests
{
    private static readonly DateTimeOffset ExampleTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(1746460170512);

    [TestCase(HttpStatusCode.BadRequest, typeof(WazoAuthBadRequestException))]
    [TestCase(HttpStatusCode.Unauthorized, typeof(WazoAuthUnauthorizedException))]
    [TestCase(HttpStatusCode.Forbidden, typeof(WazoAuthForbiddenException))]
    [TestCase(HttpStatusCode.NotFound, typeof(WazoAuthNotFoundException))]
    [TestCase(HttpStatusCode.Conflict, typeof(WazoAuthConflictException))]
    [TestCase(HttpStatusCode.MethodNotAllowed, typeof(WazoAuthException))]
    [TestCase(HttpStatusCode.TooManyRequests, typeof(WazoAuthException))]
    [TestCase(HttpStatusCode.InternalServerError, typeof(WazoAuthException))]
    [TestCase(HttpStatusCode.ServiceUnavailable, typeof(WazoAuthException))]
    public async Task An_error_status_becomes_its_exception_type_with_status_and_raw_body(HttpStatusCode status, Type expected)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/" + UserUuid).RespondJson(UnknownUser, status);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().GetAsync(UserUuid));

        Assert.Multiple(() =>
        {
            Assert.That(error.GetType(), Is.EqualTo(expected));
            Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.HttpStatus));
            Assert.That(error.StatusCode, Is.EqualTo(status));
            Assert.That(error.ResponseBody, Is.EqualTo(UnknownUser));
            Assert.That(error.RequestMethod, Is.EqualTo("GET"));
            Assert.That(error.RequestPath, Is.EqualTo("/api/auth/0.1/users/" + UserUuid));
        });
    }

    [Test]
    public async Task An_api_error_body_gives_message_id_details_and_timestamp()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users").RespondJson(UnauthorizedExpired, HttpStatusCode.Unauthorized);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().ListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<WazoAuthUnauthorizedException>());
            Assert.That(error.ServerMessage, Is.EqualTo("Unauthorized"));
            Assert.That(error.ErrorId, Is.EqualTo("unauthorized"));
            Assert.That(error.Details!.Value.GetProperty("reason").GetString(), Is.EqualTo("not_found_or_expired"));
            Assert.That(error.Timestamp, Is.EqualTo(ExampleTimestamp));
            Assert.That(error.Resource, Is.Null);
            Assert.That(error.Reasons, Is.Empty);
            Assert.That(error.Message, Does.StartWith("GET /api/auth/0.1/users answered 401").And.EndWith(": Unauthorized"));
        });
    }

    [Test]
    public async Task An_api_error_body_gives_the_resource()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/" + UserUuid).RespondJson(UnknownUser, HttpStatusCode.NotFound);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().GetAsync(UserUuid));

        Assert.Multiple(() =>
        {
            Assert.That(error.ErrorId, Is.EqualTo("unknown-user"));
            Assert.That(error.Resource, Is.EqualTo("users"));
            Assert.That(error.ServerMessage, Is.EqualTo($"No such user: \"{UserUuid}\""));
            Assert.That(error.Details!.Value.GetProperty("uuid").GetString(), Is.EqualTo(UserUuid));
        });
    }

    [Test]
    public async Task A_conflict_keeps_nested_details()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/users").RespondJson(Conflict, HttpStatusCode.Conflict);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().CreateAsync(new Models.WazoUserCreate { Username = "alice" }));

        Assert.That(error, Is.TypeOf<WazoAuthConflictException>());
        Assert.That(error.Details!.Value.GetProperty("username").GetProperty("constraint_id").GetString(), Is.EqualTo("unique"));
    }

    [Test]
    public async Task A_legacy_body_gives_reasons_status_code_and_timestamp()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/token").RespondJson(LegacyAuthenticationFailed, HttpStatusCode.Unauthorized);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoTokenApi>().CreateAsync("Basic Og==", new Models.WazoTokenRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<WazoAuthUnauthorizedException>());
            Assert.That(error.ServerMessage, Is.EqualTo("Authentication Failed"));
            Assert.That(error.Reasons, Is.EqualTo(new[] { "Authentication Failed" }));
            Assert.That(error.ReportedStatusCode, Is.EqualTo(401));
            Assert.That(error.Timestamp, Is.EqualTo(ExampleTimestamp));
            Assert.That(error.ErrorId, Is.Null);
            Assert.That(error.Message, Does.EndWith(": Authentication Failed"));
        });
    }

    [Test]
    public async Task A_legacy_body_with_several_reasons_joins_them()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/policies")
            .RespondJson("""{"reason": ["first", "second"], "timestamp": ["1746460170.512"], "status_code": 400}""", HttpStatusCode.BadRequest);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoPolicyApi>().CreateAsync(new Models.WazoPolicyCreate { Name = "p" }));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<WazoAuthBadRequestException>());
            Assert.That(error.ServerMessage, Is.EqualTo("first; second"));
            Assert.That(error.Timestamp, Is.EqualTo(ExampleTimestamp));
        });
    }

    [Test]
    public async Task A_framework_body_gives_only_the_message()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/not-a-uuid").RespondJson(FrameworkNotFound, HttpStatusCode.NotFound);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().GetAsync("not-a-uuid"));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.TypeOf<WazoAuthNotFoundException>());
            Assert.That(error.ServerMessage, Does.StartWith("The requested URL was not found on the server."));
            Assert.That(error.ErrorId, Is.Null);
            Assert.That(error.Details, Is.Null);
            Assert.That(error.Timestamp, Is.Null);
        });
    }

    [Test]
    public async Task The_tenant_deletion_defect_with_an_object_id_and_string_details_is_read_leniently()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/tenants/" + SubTenantUuid).RespondJson(TenantDeleteDefect, HttpStatusCode.Unauthorized);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoTenantApi>().DeleteAsync(SubTenantUuid));

        Assert.Multiple(() =>
        {
            Assert.That(error.ServerMessage, Is.EqualTo("Unauthorized tenant"));
            Assert.That(error.ErrorId, Is.Null);
            Assert.That(error.Details!.Value.ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(error.Details.Value.GetString(), Is.EqualTo("tenants"));
        });
    }

    [TestCase("")]
    [TestCase("<html><body><h1>502 Bad Gateway</h1></body></html>")]
    [TestCase("Internal Server Error")]
    [TestCase("{\"message\": \"trunc")]
    [TestCase("[\"a list\"]")]
    [TestCase("{\"message\": 42, \"reason\": {\"x\": 1}, \"timestamp\": \"soon\"}")]
    public async Task An_unreadable_error_body_keeps_the_status_and_raw_body_without_failing(string body)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users").Respond(HttpStatusCode.BadGateway, "text/html", body);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().ListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error.GetType(), Is.EqualTo(typeof(WazoAuthException)));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(error.ServerMessage, Is.Null);
            Assert.That(error.ResponseBody, Is.EqualTo(body));
            Assert.That(error.Message, Is.EqualTo(error.Info.Describe()));
        });
    }

    [TestCase("{\"message\": \"not a user list\", \"items\": 42}")]
    [TestCase("{\"total\": \"many\"")]
    [TestCase("<html>ok</html>")]
    [TestCase("")]
    public async Task A_success_with_a_body_that_is_not_the_expected_json_is_an_invalid_response(string body)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users").Respond(HttpStatusCode.OK, "application/json", body);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().ListAsync());

        Assert.That(error, Is.TypeOf<WazoAuthInvalidResponseException>());
        Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.InvalidResponse));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.ServerMessage, Is.Null, "a success body is not a server error message");
    }

    [Test]
    public async Task A_transport_failure_is_a_connection_error()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users").Throw(new HttpRequestException("Connection refused"));

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().ListAsync());

        Assert.That(error, Is.TypeOf<WazoAuthConnectionException>());
        Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.Connection));
        Assert.That(error.InnerException, Is.TypeOf<HttpRequestException>());
    }

    [Test]
    public async Task Running_out_of_time_is_a_timeout_error_that_is_also_a_connection_error()
    {
        using var h = new WazoHarness(o => o.Timeout = TimeSpan.FromMilliseconds(50));
        h.Expect(HttpMethod.Get, "/users").Respond(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().ListAsync());

        Assert.That(error, Is.TypeOf<WazoAuthTimeoutException>());
        Assert.That(error, Is.InstanceOf<WazoAuthConnectionException>());
        Assert.That(error.Kind, Is.EqualTo(AuthErrorKind.Timeout));
    }

    [Test]
    public async Task The_caller_cancelling_stays_a_cancellation()
    {
        using var h = new WazoHarness();
        using var cancellation = new CancellationTokenSource();
        h.Expect(HttpMethod.Get, "/users").Respond(async () =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(5), cancellation.Token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        Assert.That(
            async () => await h.Api<IWazoUserApi>().ListAsync(cancellationToken: cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task A_redirect_is_not_followed_and_is_an_error_for_a_call_expecting_data()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/users/" + UserUuid).Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri("https://elsewhere.example/steal");
            return response;
        });

        var error = await ThrowsWazoAsync(() => h.Api<IWazoUserApi>().GetAsync(UserUuid));

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(error.Info.RedirectLocation, Does.StartWith("https://elsewhere.example/"));
        Assert.That(error.Message, Does.Contain("not followed"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_redirect_is_an_error_for_a_call_expecting_nothing()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Head, "/status").RespondEmpty(HttpStatusCode.MovedPermanently);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoStatusApi>().CheckAsync());

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
    }

    [TestCase(HttpStatusCode.NotFound, typeof(WazoAuthNotFoundException))]
    [TestCase(HttpStatusCode.Forbidden, typeof(WazoAuthForbiddenException))]
    public async Task A_token_check_refusal_has_no_body_and_the_token_is_masked(HttpStatusCode status, Type expected)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Head, "/token/" + Token).RespondEmpty(status);

        var error = await ThrowsWazoAsync(() => h.Api<IWazoTokenApi>().CheckAsync(Token, "dird.me.read"));

        Assert.Multiple(() =>
        {
            Assert.That(error.GetType(), Is.EqualTo(expected));
            Assert.That(error.ServerMessage, Is.Null);
            Assert.That(error.RequestPath, Does.Not.Contain(Token));
            Assert.That(error.Message, Does.Not.Contain(Token));
        });
    }

    [Test]
    public void The_token_check_exceptions_derive_from_the_status_exceptions_and_keep_the_facts()
    {
        var info = new AuthErrorInfo(AuthErrorKind.HttpStatus, "HEAD", "/api/auth/0.1/token/***", HttpStatusCode.NotFound, "Not Found");
        var cause = new WazoAuthNotFoundException(info);

        var invalid = new InvalidTokenException(cause.Info, cause);
        var missing = new MissingPermissionsTokenException(info with { StatusCode = HttpStatusCode.Forbidden });

        Assert.Multiple(() =>
        {
            Assert.That(invalid, Is.InstanceOf<WazoAuthNotFoundException>());
            Assert.That(invalid.InnerException, Is.SameAs(cause));
            Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missing, Is.InstanceOf<WazoAuthForbiddenException>());
            Assert.That(missing, Is.InstanceOf<AuthClientException>());
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [TestCase(AuthErrorKind.Connection, typeof(WazoAuthConnectionException))]
    [TestCase(AuthErrorKind.Timeout, typeof(WazoAuthTimeoutException))]
    [TestCase(AuthErrorKind.InvalidResponse, typeof(WazoAuthInvalidResponseException))]
    public void The_mapper_chooses_the_type_by_kind(AuthErrorKind kind, Type expected)
    {
        var inner = new IOException("broken");

        var error = new WazoAuthErrorMapper().CreateException(new AuthErrorInfo(kind, "GET", "/users"), inner);

        Assert.That(error.GetType(), Is.EqualTo(expected));
        Assert.That(error.InnerException, Is.SameAs(inner));
    }

    // Catches the type and every derived one: the test then checks the exact type.
    private static async Task<WazoAuthException> ThrowsWazoAsync(Func<Task> call) =>
        (await Assert.CatchAsync<WazoAuthException>(call))!;
}
