using System.Net;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Tests;

public class TokenInjectionTests
{
    private const string Json = "{\"name\":\"a\",\"size\":1}";

    [Test]
    public async Task A_fixed_token_is_sent_in_X_Auth_Token()
    {
        using var harness = new Harness(tokenSource: new StaticTokenSource("fixed-token"));
        harness.Mock.Expect(HttpMethod.Get, "http://test.local/things/1")
            .WithHeaders("X-Auth-Token", "fixed-token")
            .Respond("application/json", Json);

        var thing = await harness.Api.GetThingAsync("1");

        Assert.That(thing, Is.EqualTo(new Thing("a", 1)));
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task The_token_of_the_options_is_used_when_no_source_is_given()
    {
        using var harness = new Harness(o => o.Token = "options-token");
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "options-token").Respond("application/json", Json);

        await harness.Api.GetThingAsync("1");

        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task An_async_source_is_asked_for_every_request()
    {
        var calls = 0;
        var source = new DelegateTokenSource(async ct =>
        {
            await Task.Yield();
            return $"token-{Interlocked.Increment(ref calls)}";
        });
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "token-1").Respond("application/json", Json);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "token-2").Respond("application/json", Json);

        await harness.Api.GetThingAsync("1");
        await harness.Api.GetThingAsync("1");

        harness.Mock.VerifyNoOutstandingExpectation();
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task A_per_call_token_wins_over_the_source()
    {
        using var harness = new Harness(tokenSource: new StaticTokenSource("client-token"));
        string[]? sent = null;
        harness.Mock.When("http://test.local/things/1").Respond(request =>
        {
            sent = request.Headers.GetValues("X-Auth-Token").ToArray();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json) };
        });

        await harness.Api.GetThingWithTokenAsync("1", "call-token");

        Assert.That(sent, Is.EqualTo(new[] { "call-token" }));
    }

    [Test]
    public async Task A_null_per_call_token_falls_back_to_the_source()
    {
        using var harness = new Harness(tokenSource: new StaticTokenSource("client-token"));
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "client-token").Respond("application/json", Json);

        await harness.Api.GetThingWithTokenAsync("1", null);

        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task With_no_token_the_request_goes_out_without_the_header()
    {
        using var harness = new Harness(tokenSource: StaticTokenSource.None);
        bool? hadHeader = null;
        harness.Mock.When("http://test.local/things/1").Respond(request =>
        {
            hadHeader = request.Headers.Contains("X-Auth-Token");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json) };
        });

        await harness.Api.GetThingAsync("1");

        Assert.That(hadHeader, Is.False);
    }

    [Test]
    public async Task A_retried_attempt_asks_the_source_again_and_sends_the_new_token()
    {
        var tokens = new MutableTokenSource("first");
        using var harness = new Harness(o => o.Retry = 1, tokens);
        var seen = new List<string>();
        harness.Mock.When("http://test.local/things/1").Respond(request =>
        {
            seen.Add(request.Headers.GetValues("X-Auth-Token").Single());
            tokens.Set("second");
            return seen.Count == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json) };
        });

        await harness.Api.GetThingAsync("1");

        Assert.That(seen, Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public void Token_sources_never_show_their_token()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new StaticTokenSource("hidden-value").ToString(), Does.Not.Contain("hidden-value"));
            Assert.That(new MutableTokenSource("hidden-value").ToString(), Does.Not.Contain("hidden-value"));
            Assert.That(new TestOptions { Token = "hidden-value" }.ToString(), Does.Not.Contain("hidden-value"));
        });
    }
}
