using System.Text.Json.Nodes;

namespace Refit.AuthClients.Astakos.Tests;

/// <summary>Request checks MockHttp lacks: JSON bodies compared as JSON, content type, no body, no query.</summary>
internal static class RequestMatchers
{
    public static MockedRequest WithJson(this MockedRequest request, string expectedJson) =>
        request.With(r => r.Content is not null
                          && r.Content.Headers.ContentType?.MediaType == "application/json"
                          && JsonNode.DeepEquals(JsonNode.Parse(Body(r)), JsonNode.Parse(expectedJson)));

    public static MockedRequest WithContentType(this MockedRequest request, string mediaType) =>
        request.With(r => r.Content?.Headers.ContentType?.MediaType == mediaType);

    public static MockedRequest WithEmptyContent(this MockedRequest request) =>
        request.With(r => r.Content is null || Body(r).Length == 0);

    public static MockedRequest WithNoContent(this MockedRequest request) =>
        request.With(r => r.Content is null);

    /// <summary>
    /// The query exactly as sent, escapes included (MockHttp's own query matchers decode both sides first, so they
    /// cannot tell <c>%2C</c> from <c>,</c>).
    /// </summary>
    public static MockedRequest WithRawQuery(this MockedRequest request, string query) =>
        request.With(r => r.RequestUri?.Query == "?" + query);

    public static MockedRequest WithNoQuery(this MockedRequest request) =>
        request.With(r => string.IsNullOrEmpty(r.RequestUri?.Query));

    private static string Body(HttpRequestMessage request) =>
        request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
}
