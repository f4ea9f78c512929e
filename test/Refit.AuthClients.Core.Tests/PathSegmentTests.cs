namespace Refit.AuthClients.Tests;

public class PathSegmentTests
{
    private const string Json = "{\"name\":\"a\",\"size\":1}";

    private static IEnumerable<TestCaseData> DotSegmentCalls()
    {
        yield return new TestCaseData((Func<ITestApi, Task>)(api => api.GetThingAsync(".."))).SetName("A GET of ..");
        yield return new TestCaseData((Func<ITestApi, Task>)(api => api.DeleteThingAsync("."))).SetName("A DELETE of .");
        yield return new TestCaseData((Func<ITestApi, Task>)(api => api.GetFileAsync("a/../b"))).SetName("A round-tripped path with ..");
        yield return new TestCaseData((Func<ITestApi, Task>)(api => api.GetFileAsync("./b"))).SetName("A round-tripped path with .");
    }

    [TestCaseSource(nameof(DotSegmentCalls))]
    public async Task A_dot_segment_in_a_path_parameter_is_refused_before_any_request(Func<ITestApi, Task> call)
    {
        using var harness = new Harness();
        harness.Mock.Fallback.Respond(_ => throw new InvalidOperationException("no request may be sent"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => call(harness.Api));

        Assert.That(error.Message, Does.Contain("path segment"));
        Assert.That(harness.Mock.GetMatchCount(harness.Mock.Fallback), Is.Zero);
    }

    [TestCase("a..b", "/things/a..b")]
    [TestCase("...", "/things/...")]
    [TestCase("a/..", "/things/a%2F..")]
    public async Task Dots_that_are_not_a_whole_segment_are_sent_as_they_are(string id, string path)
    {
        using var harness = new Harness();
        harness.Mock.Expect(HttpMethod.Get, "http://test.local" + path).Respond("application/json", Json);

        await harness.Api.GetThingAsync(id);

        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_dot_query_value_is_sent_as_it_is()
    {
        using var harness = new Harness();
        harness.Mock.Expect(HttpMethod.Get, "http://test.local/files/a/b").WithExactQueryString("q=..").Respond("application/json", Json);

        await harness.Api.GetFileAsync("a/b", filter: "..");

        harness.Mock.VerifyNoOutstandingExpectation();
    }
}
