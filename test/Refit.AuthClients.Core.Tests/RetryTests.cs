using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Retry;

namespace Refit.AuthClients.Tests;

public class RetryTests
{
    private const string Json = "{\"name\":\"a\",\"size\":1}";

    private static Func<HttpRequestMessage, HttpResponseMessage> Counting(Counter counter, params HttpStatusCode[] statuses) => _ =>
    {
        var index = Interlocked.Increment(ref counter.Value) - 1;
        var status = index < statuses.Length ? statuses[index] : HttpStatusCode.OK;
        return status == HttpStatusCode.OK
            ? new HttpResponseMessage(status) { Content = new StringContent(Json) }
            : new HttpResponseMessage(status);
    };

    [Test]
    public async Task A_GET_is_retried_N_times_then_fails_with_the_typed_error()
    {
        using var harness = new Harness(o => o.Retry = 3);
        var counter = new Counter();
        harness.Mock.When("http://test.local/things/1").Respond(Counting(counter, Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 10).ToArray()));

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(counter.Value, Is.EqualTo(4), "one attempt and three retries");
        });
    }

    [Test]
    public async Task A_GET_succeeds_when_a_retry_does()
    {
        using var harness = new Harness(o => o.Retry = 2);
        var counter = new Counter();
        harness.Mock.When("http://test.local/things/1").Respond(Counting(counter, HttpStatusCode.BadGateway, HttpStatusCode.RequestTimeout));

        var thing = await harness.Api.GetThingAsync("1");

        Assert.Multiple(() =>
        {
            Assert.That(thing.Name, Is.EqualTo("a"));
            Assert.That(counter.Value, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Zero_means_no_retry()
    {
        using var harness = new Harness(o => o.Retry = 0);
        var counter = new Counter();
        harness.Mock.When("http://test.local/things/1").Respond(Counting(counter, HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(counter.Value, Is.EqualTo(1));
    }

    [Test]
    public async Task A_POST_is_not_retried_on_503()
    {
        using var harness = new Harness(o => o.Retry = 3);
        var counter = new Counter();
        harness.Mock.When(HttpMethod.Post, "http://test.local/things").Respond(Counting(counter, HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<TestException>(() => harness.Api.CreateThingAsync(new Thing("x", 1)));

        Assert.That(counter.Value, Is.EqualTo(1));
    }

    [Test]
    public async Task A_POST_is_not_retried_after_a_reset_connection()
    {
        using var harness = new Harness(o => o.Retry = 3);
        var counter = new Counter();
        harness.Mock.When(HttpMethod.Post, "http://test.local/things").Respond(_ =>
        {
            Interlocked.Increment(ref counter.Value);
            throw new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset));
        });

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.CreateThingAsync(new Thing("x", 1)));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(AuthErrorKind.Connection));
            Assert.That(counter.Value, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_POST_is_retried_when_the_connection_was_refused_since_it_never_reached_the_server()
    {
        using var harness = new Harness(o => o.Retry = 2);
        var counter = new Counter();
        harness.Mock.When(HttpMethod.Post, "http://test.local/things").Respond(_ =>
        {
            if (Interlocked.Increment(ref counter.Value) == 1)
            {
                throw new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json) };
        });

        await harness.Api.CreateThingAsync(new Thing("x", 1));

        Assert.That(counter.Value, Is.EqualTo(2));
    }

    [Test]
    public async Task A_read_only_POST_marked_safe_to_repeat_is_retried_on_503()
    {
        using var harness = new Harness(o => o.Retry = 2);
        var counter = new Counter();
        harness.Mock.When(HttpMethod.Post, "http://test.local/lookups").Respond(Counting(counter, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable));

        var thing = await harness.Api.LookupAsync(new Thing("x", 1));

        Assert.Multiple(() =>
        {
            Assert.That(thing.Name, Is.EqualTo("a"));
            Assert.That(counter.Value, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task A_429_waits_what_Retry_After_says()
    {
        using var harness = new Harness(o =>
        {
            o.Retry = 1;
            o.RetryBaseDelay = TimeSpan.Zero;
        });
        var times = new List<DateTimeOffset>();
        harness.Mock.When("http://test.local/things/1").Respond(_ =>
        {
            times.Add(DateTimeOffset.UtcNow);
            if (times.Count == 1)
            {
                var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                throttled.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return throttled;
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Json) };
        });

        await harness.Api.GetThingAsync("1");

        Assert.Multiple(() =>
        {
            Assert.That(times, Has.Count.EqualTo(2));
            Assert.That(times[1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
        });
    }

    [Test]
    public void Retry_After_is_capped_by_the_longest_delay()
    {
        var delays = new RetryDelays(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));

        Assert.That(delays.For(1, response), Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void Backoff_grows_exponentially_with_jitter_and_is_capped()
    {
        var delays = new RetryDelays(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(1000));

        Assert.Multiple(() =>
        {
            Assert.That(delays.For(1, null).TotalMilliseconds, Is.InRange(50, 100));
            Assert.That(delays.For(3, null).TotalMilliseconds, Is.InRange(200, 400));
            Assert.That(delays.For(10, null).TotalMilliseconds, Is.LessThanOrEqualTo(1000));
        });
    }

    [Test]
    public async Task A_status_the_service_flags_as_final_is_never_retried()
    {
        using var harness = new Harness(o => o.Retry = 3);
        var counter = new Counter();
        harness.Mock.When("http://test.local/things/1").Respond(Counting(counter, HttpStatusCode.Unauthorized));

        await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(counter.Value, Is.EqualTo(1));
    }

    [Test]
    public async Task A_transient_status_flagged_as_final_is_not_retried_either()
    {
        var policy = new TransientRetryPolicy(3, new RetryDelays(TimeSpan.Zero, TimeSpan.Zero), new HashSet<HttpStatusCode> { HttpStatusCode.ServiceUnavailable });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://test.local/");
        var attempts = 0;

        using var response = await policy.For(request).ExecuteAsync(() =>
        {
            attempts++;
            return Task.FromResult(new HttpResponseMessage(attempts == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Cancellation_stops_the_retries()
    {
        using var harness = new Harness(o =>
        {
            o.Retry = 5;
            o.RetryBaseDelay = TimeSpan.FromSeconds(5);
        });
        var counter = new Counter();
        harness.Mock.When("http://test.local/things/1").Respond(Counting(counter, Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 10).ToArray()));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.CatchAsync<OperationCanceledException>(() => harness.Api.GetThingAsync("1", cancellation.Token));

        Assert.That(counter.Value, Is.EqualTo(1));
    }

    internal sealed class Counter
    {
        public int Value;
    }
}

public class NeverRepeatTests
{
    [Test]
    public async Task A_request_marked_never_to_repeat_is_not_retried_even_as_a_PUT()
    {
        using var harness = new Harness(o => o.Retry = 3);
        var attempts = 0;
        harness.Mock.When(HttpMethod.Put, "http://test.local/things/1").Respond(_ =>
        {
            attempts++;
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        });

        await Assert.ThrowsAsync<TestException>(() => harness.Api.ReplaceThingAsync("1", new Thing("x", 1)));

        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task An_unmarked_PUT_or_DELETE_is_retried()
    {
        using var harness = new Harness(o => o.Retry = 1);
        var attempts = 0;
        harness.Mock.When(HttpMethod.Delete, "http://test.local/things/1").Respond(_ =>
            new HttpResponseMessage(++attempts == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.NoContent));

        await harness.Api.DeleteThingAsync("1");

        Assert.That(attempts, Is.EqualTo(2));
    }
}
