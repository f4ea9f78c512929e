using System.Net;
using System.Net.Sockets;
using System.Text;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Tests;

public class ErrorMappingTests
{
    private const string Url = "http://test.local/things/1";

    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    [TestCase(HttpStatusCode.Conflict)]
    [TestCase(HttpStatusCode.RequestEntityTooLarge)]
    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    public async Task An_error_status_becomes_the_service_exception_with_status_reason_body_and_request(HttpStatusCode status)
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(status, "application/json", "{\"error\":\"boom\"}");

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(AuthErrorKind.HttpStatus));
            Assert.That(ex.StatusCode, Is.EqualTo(status));
            Assert.That(ex.ReasonPhrase, Is.Not.Null.And.Not.Empty);
            Assert.That(ex.ResponseBody, Is.EqualTo("{\"error\":\"boom\"}"));
            Assert.That(ex.RequestMethod, Is.EqualTo("GET"));
            Assert.That(ex.RequestPath, Is.EqualTo("/things/1"));
            Assert.That(ex.Message, Does.Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task The_mapper_chooses_the_type_per_status()
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(HttpStatusCode.NotFound);

        await Assert.ThrowsAsync<TestNotFoundException>(() => harness.Api.GetThingAsync("1"));
    }

    [Test]
    public async Task A_redirect_is_not_followed_and_surfaces_as_a_typed_error()
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri("http://elsewhere.example/steal");
            return response;
        });

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Found));
    }

    [Test]
    public async Task The_body_kept_in_an_error_is_bounded_to_4_KiB()
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(HttpStatusCode.InternalServerError, "text/plain", new string('x', 100_000));

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(ex!.ResponseBody, Has.Length.EqualTo(ResponseBodyReader.MaxBodyChars));
    }

    [Test]
    public async Task A_Retry_After_header_is_kept_in_the_error()
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(ex!.Info.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    private static IEnumerable<TestCaseData> BadBodies()
    {
        yield return new TestCaseData(Array.Empty<byte>(), "application/json").SetName("empty body");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("<html><body>Gateway</body></html>"), "text/html").SetName("HTML page");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("{\"name\":\"a\",\"si"), "application/json").SetName("truncated JSON");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("{\"name\":\"A\",\"size\":1}").Select(b => b == (byte)'A' ? (byte)0xC3 : b).ToArray(), "application/json").SetName("invalid UTF-8");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("{\"name\":42,\"size\":\"big\"}"), "application/json").SetName("wrong shape");
    }

    [TestCaseSource(nameof(BadBodies))]
    public async Task A_success_with_a_bad_body_is_an_invalid_response_not_a_JsonException(byte[] body, string mediaType)
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(_ =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(AuthErrorKind.InvalidResponse));
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ex.RequestPath, Is.EqualTo("/things/1"));
        });
    }

    [Test]
    public async Task A_transport_failure_is_a_connection_error_with_the_original_inside()
    {
        using var harness = new Harness();
        var refused = new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        harness.Mock.When(Url).Throw(refused);

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(AuthErrorKind.Connection));
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.InnerException, Is.SameAs(refused));
        });
    }

    [Test]
    public async Task Running_out_of_time_is_a_timeout_not_a_cancellation()
    {
        using var harness = new Harness(o => o.Timeout = TimeSpan.FromMilliseconds(100));
        harness.Mock.When(Url).Respond(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(AuthErrorKind.Timeout));
            Assert.That(ex.InnerException, Is.InstanceOf<TimeoutException>());
        });
    }

    [Test]
    public async Task The_callers_cancellation_stays_an_OperationCanceledException()
    {
        using var harness = new Harness();
        harness.Mock.When(Url).Respond(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var ex = await Assert.CatchAsync<OperationCanceledException>(() => harness.Api.GetThingAsync("1", cancellation.Token));

        Assert.That(ex, Is.Not.Null);
    }

    [Test]
    public async Task A_token_the_service_echoes_in_its_error_body_is_masked()
    {
        const string Secret = "echoed-5ecret-token";
        using var harness = new Harness(tokenSource: new StaticTokenSource(Secret));
        harness.Mock.When("http://test.local/things/1")
            .Respond(HttpStatusCode.Unauthorized, "application/json", $"{{\"message\":\"Unauthorized\",\"details\":{{\"invalid_token\":\"{Secret}\"}}}}");

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.ResponseBody, Does.Contain("\"invalid_token\":\"***\""));
            Assert.That(ex.ToString(), Does.Not.Contain(Secret));
        });
    }

    [Test]
    public async Task Exceptions_and_log_lines_never_show_the_token()
    {
        const string Secret = "tok-5ecret-value";
        using var harness = new Harness(tokenSource: new StaticTokenSource(Secret));
        harness.Mock.When($"http://test.local/token/{Secret}").Respond(HttpStatusCode.NotFound, "application/json", "{\"reason\":\"no such token\"}");
        harness.Mock.When("http://test.local/things/1").Throw(new HttpRequestException("reset"));
        harness.Mock.When("http://test.local/things/2").Respond("application/json", "{oops");

        var failures = new List<Exception>
        {
            (await Assert.ThrowsAsync<TestNotFoundException>(() => harness.Api.GetTokenAsync(Secret, scope: "acl.read")))!,
            (await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1")))!,
            (await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("2")))!,
        };

        Assert.Multiple(() =>
        {
            foreach (var failure in failures)
            {
                Assert.That(failure.ToString(), Does.Not.Contain(Secret));
                Assert.That(failure.Message, Does.Not.Contain(Secret));
            }

            Assert.That(((TestException)failures[0]).RequestPath, Is.EqualTo("/token/***?scope=acl.read"));
            Assert.That(harness.Logs.Lines, Is.Not.Empty);
            Assert.That(harness.Logs.Lines, Has.None.Contains(Secret));
        });
    }
}
