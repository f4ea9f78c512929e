using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.AspNetCore.Tests.Support;

/// <summary>
/// Astakos's <c>POST /identity/v2.0/tokens</c> over MockHttp: with a token body it authenticates known tokens (401
/// otherwise), without a body it serves the catalog. Counts authentications; "down" answers a status.
/// </summary>
internal sealed class FakeAstakos : IDisposable
{
    public const string AuthUrl = "https://accounts.example.org/identity/v2.0";
    public const string ServiceToken = "service-token-0123";
    public const string Uuid = "73917abc-abcd-477e-a1f1-1763abcdefab";

    private const string Catalog = """
        [{"endpoints": [{"SNF:uiURL": "https://accounts.example.org/ui", "publicURL": "https://accounts.example.org/account/v1.0",
                         "region": "default", "versionId": "v1.0"}], "name": "astakos_account", "type": "account"}]
        """;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new();
    private int _authentications;

    public FakeAstakos()
    {
        Mock.When(HttpMethod.Post, AuthUrl + "/tokens").Respond(AnswerAsync);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public int Authentications => Volatile.Read(ref _authentications);

    /// <summary>The status every call fails with; null: they answer normally.</summary>
    public HttpStatusCode? Failure { get; set; }

    /// <summary>When set, each authentication waits for it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Registers a valid token (with characters a cookie must encode) expiring at <paramref name="expiresAt"/>.</summary>
    public string Issue(DateTimeOffset expiresAt)
    {
        var token = "tok+" + Guid.NewGuid().ToString("N") + "/=";
        _tokens[token] = expiresAt;
        return token;
    }

    /// <summary>Registers the Astakos client over this fake, acting with <see cref="ServiceToken"/>.</summary>
    public void AddClient(IServiceCollection services) =>
        services.AddAstakosClient(o =>
            {
                o.AuthUrl = new Uri(AuthUrl);
                o.Token = ServiceToken;
            })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);

    public void Dispose() => Mock.Dispose();

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync();
        if (Failure is { } status)
        {
            return Json(status, """{"serviceUnavailable": {"code": 503, "message": "Down for maintenance", "details": ""}}""");
        }

        if (body.Length == 0)
        {
            return Json(HttpStatusCode.OK, $$"""{"access": {"serviceCatalog": {{Catalog}} } }""");
        }

        Interlocked.Increment(ref _authentications);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        using var document = JsonDocument.Parse(body);
        var token = document.RootElement.GetProperty("auth").GetProperty("token").GetProperty("id").GetString()!;
        if (!_tokens.TryGetValue(token, out var expires))
        {
            return Json(HttpStatusCode.Unauthorized, """{"unauthorized": {"code": 401, "message": "Invalid token", "details": ""}}""");
        }

        return Json(HttpStatusCode.OK, $$"""
            {"access": {
              "token": {"id": {{JsonSerializer.Serialize(token, TestJsonContext.Default.String)}}, "expires": "{{expires.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}}Z",
                        "tenant": {"id": "{{Uuid}}", "name": "Example User One"} },
              "user": {"id": "{{Uuid}}", "name": "Example User One",
                       "roles": [{"id": 1, "name": "default"}, {"id": "5", "name": "academic-login-users"}],
                       "roles_links": [], "projects": ["p-1", "p-2"]},
              "serviceCatalog": {{Catalog}} } }
            """);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
