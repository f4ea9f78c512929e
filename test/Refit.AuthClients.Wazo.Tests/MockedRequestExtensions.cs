using System.Net;
using System.Text.Json.Nodes;
using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.Wazo.Tests;

/// <summary>Request matchers and answers the wazo-auth tests share.</summary>
internal static class MockedRequestExtensions
{
    /// <summary>The body is JSON equal to <paramref name="json"/> (key order and spacing aside), sent as application/json.</summary>
    public static MockedRequest WithJsonBody(this MockedRequest request, string json) => request.With(r =>
        r.Content?.Headers.ContentType?.MediaType == "application/json"
        && JsonNode.DeepEquals(JsonNode.Parse(r.Content.ReadAsStringAsync().GetAwaiter().GetResult()), JsonNode.Parse(json)));

    /// <summary>The request has no body (nor a content type).</summary>
    public static MockedRequest WithoutBody(this MockedRequest request) => request.With(r =>
        r.Content is null
        || (r.Content.Headers.ContentType is null && r.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length == 0));

    /// <summary>
    /// The query exactly as sent, escapes included (MockHttp's own query matchers decode both sides first, so they
    /// cannot tell <c>%23</c> from <c>#</c>).
    /// </summary>
    public static MockedRequest WithRawQuery(this MockedRequest request, string query) =>
        request.With(r => r.RequestUri?.Query == "?" + query);

    /// <summary>The request does not carry <paramref name="name"/>.</summary>
    public static MockedRequest WithoutHeader(this MockedRequest request, string name) => request.With(r => !r.Headers.Contains(name));

    /// <summary>The request carries the client's token and, when given, the tenant; else no tenant.</summary>
    public static MockedRequest WithClientToken(this MockedRequest request, string? tenant = null)
    {
        request.WithHeaders("X-Auth-Token", WazoHarness.ClientToken);
        return tenant is null ? request.WithoutHeader(WazoHeaders.Tenant) : request.WithHeaders(WazoHeaders.Tenant, tenant);
    }

    /// <summary>Answers <paramref name="json"/> as application/json.</summary>
    public static void RespondJson(this MockedRequest request, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        request.Respond(status, "application/json", json);

    /// <summary>Answers a status without a body.</summary>
    public static void RespondEmpty(this MockedRequest request, HttpStatusCode status = HttpStatusCode.NoContent) =>
        request.Respond(status);
}
