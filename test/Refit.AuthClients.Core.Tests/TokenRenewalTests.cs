using System.Net;
using System.Text;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Tests;

public class TokenRenewalTests
{
    private const string Json = "{\"name\":\"a\",\"size\":1}";

    [Test]
    public async Task A_401_renews_the_token_and_sends_the_call_again_with_the_new_one()
    {
        var source = new CountingRenewableSource("old");
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "old").Respond(HttpStatusCode.Unauthorized);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "new-1").Respond("application/json", Json);

        var thing = await harness.Api.GetThingAsync("1");

        Assert.That(thing, Is.EqualTo(new Thing("a", 1)));
        Assert.That(source.Rejected, Is.EqualTo(new[] { "old" }));
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_second_401_is_the_caller_s_error_and_renews_nothing_more()
    {
        var source = new CountingRenewableSource("old");
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "old").Respond(HttpStatusCode.Unauthorized);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "new-1").Respond(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(source.Renewals, Is.EqualTo(1));
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_non_repeatable_post_is_sent_again_with_the_same_body_after_a_401()
    {
        var source = new CountingRenewableSource("old");
        using var harness = new Harness(tokenSource: source);
        var bodies = new List<string>();
        harness.Mock.When(HttpMethod.Post, "http://test.local/things").Respond(async request =>
        {
            bodies.Add(await request.Content!.ReadAsStringAsync());
            var token = request.Headers.GetValues("X-Auth-Token").Single();
            return token == "old"
                ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json, Encoding.UTF8, "application/json") };
        });

        await harness.Api.CreateThingAsync(new Thing("a", 1));

        Assert.That(bodies, Has.Count.EqualTo(2));
        Assert.That(bodies[1], Is.EqualTo(bodies[0]));
        Assert.That(bodies[0], Does.Contain("\"name\":\"a\""));
    }

    [Test]
    public async Task Concurrent_401s_of_one_token_cause_one_renewal()
    {
        var source = new CountingRenewableSource("old");
        using var harness = new Harness(tokenSource: source);
        harness.Mock.When("http://test.local/things/1").Respond(request =>
            request.Headers.GetValues("X-Auth-Token").Single() == "old"
                ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json, Encoding.UTF8, "application/json") });

        var calls = Enumerable.Range(0, 50).Select(_ => harness.Api.GetThingAsync("1"));
        var things = await Task.WhenAll(calls);

        Assert.That(things, Has.All.EqualTo(new Thing("a", 1)));
        Assert.That(source.Renewals, Is.EqualTo(1));
    }

    [Test]
    public async Task A_per_call_token_is_never_renewed()
    {
        var source = new CountingRenewableSource("old");
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("X-Auth-Token", "call-token").Respond(HttpStatusCode.Unauthorized);

        await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingWithTokenAsync("1", "call-token"));

        Assert.That(source.Rejected, Is.Empty);
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_login_with_its_own_credentials_carries_no_token_and_its_401_renews_nothing()
    {
        var source = new CountingRenewableSource("old");
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect(HttpMethod.Post, "http://test.local/login")
            .With(request => !request.Headers.Contains("X-Auth-Token"))
            .Respond(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<TestException>(() => harness.Api.LoginAsync("Basic YWxpY2U6d3Jvbmc="));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(source.Renewals, Is.Zero);
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_source_that_keeps_its_token_gets_no_second_attempt()
    {
        var source = new CountingRenewableSource("old", renews: false);
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect("http://test.local/things/1").Respond(HttpStatusCode.Unauthorized);

        await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(source.Rejected, Is.EqualTo(new[] { "old" }));
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_failed_renewal_surfaces_its_own_error()
    {
        var source = new CountingRenewableSource("old", failure: new InvalidOperationException("renewal failed"));
        using var harness = new Harness(tokenSource: source);
        harness.Mock.Expect("http://test.local/things/1").Respond(HttpStatusCode.Unauthorized);

        // Not a failure of the exchange: the source's own exception, not "the service could not be reached".
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(error!.Message, Is.EqualTo("renewal failed"));
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_plain_token_source_leaves_a_401_alone()
    {
        using var harness = new Harness(tokenSource: new StaticTokenSource("fixed"));
        harness.Mock.Expect("http://test.local/things/1").Respond(HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        harness.Mock.VerifyNoOutstandingExpectation();
    }

    /// <summary>Renews to <c>new-N</c> only when the rejected token is the current one, as the contract asks.</summary>
    private sealed class CountingRenewableSource(string initial, bool renews = true, Exception? failure = null) : IRenewableTokenSource
    {
        private readonly Lock _gate = new();
        private readonly List<string> _rejected = [];
        private string _token = initial;

        public int Renewals { get; private set; }

        public IReadOnlyList<string> Rejected
        {
            get
            {
                lock (_gate)
                {
                    return [.. _rejected];
                }
            }
        }

        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                return new(_token);
            }
        }

        public ValueTask RenewAsync(string rejectedToken, CancellationToken cancellationToken = default)
        {
            if (failure is not null)
            {
                throw failure;
            }

            lock (_gate)
            {
                _rejected.Add(rejectedToken);
                if (renews && rejectedToken == _token)
                {
                    Renewals++;
                    _token = $"new-{Renewals}";
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
