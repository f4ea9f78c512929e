using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Tests;

public class ResponseBodyTests
{
    [Test]
    public async Task An_invalid_response_error_quotes_the_body()
    {
        using var harness = new Harness();
        harness.Mock.When("http://test.local/things/1").Respond("text/html", "<html>maintenance</html>");

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(ex!.ResponseBody, Is.EqualTo("<html>maintenance</html>"));
    }

    [Test]
    public async Task A_body_larger_than_the_limit_is_refused_as_an_invalid_response()
    {
        using var harness = new Harness(o => o.MaxResponseSize = 1024);
        harness.Mock.When("http://test.local/things/1").Respond("application/json", "{\"name\":\"" + new string('x', 5000) + "\",\"size\":1}");

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(AuthErrorKind.InvalidResponse));
            Assert.That(ex.InnerException, Is.InstanceOf<Http.ResponseTooLargeException>());
        });
    }

    [Test]
    public async Task A_redirect_error_says_where_it_pointed_without_secrets()
    {
        using var harness = new Harness();
        harness.Mock.When(HttpMethod.Delete, "http://test.local/things/1").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
            response.Headers.Location = new Uri("https://other.example/token/abc?password=p");
            return response;
        });

        var ex = await Assert.ThrowsAsync<TestException>(() => harness.Api.DeleteThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(ex.Info.RedirectLocation, Is.EqualTo("https://other.example/token/***?password=***"));
            Assert.That(ex.Message, Does.Contain("not followed"));
        });
    }

    [Test]
    public async Task A_body_broken_off_mid_way_is_a_connection_error_and_a_GET_is_retried()
    {
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                context.Response.ContentLength = 1000;
                await context.Response.WriteAsync("{\"name\":\"par");
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            }

            await context.Response.WriteAsync("{\"name\":\"whole\",\"size\":2}");
        });
        var services = new ServiceCollection();
        services.Configure<TestOptions>(o =>
        {
            o.BaseAddress = server.Address;
            o.Retry = 1;
            o.RetryBaseDelay = TimeSpan.Zero;
        });
        services.AddAuthHttpClient<TestOptions>(TestService.Description, o => o.BaseAddress, apis => apis.Add<ITestApi>());
        using var provider = services.BuildServiceProvider();

        var thing = await provider.GetRequiredService<ITestApi>().GetThingAsync("1");

        Assert.Multiple(() =>
        {
            Assert.That(thing.Name, Is.EqualTo("whole"));
            Assert.That(requests, Is.EqualTo(2));
        });
    }
}
