using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Wazo.DependencyInjection;

namespace Refit.AuthClients.AspNetCore.Tests.Support;

/// <summary>
/// wazo-auth's token lookup (<c>GET /token/{token}?tenant=</c>) and status (<c>HEAD /status</c>) over MockHttp,
/// counting lookups. Known tokens answer their data; others 404 (expired ones too, when the fake has a clock); a
/// refused tenant 403; "down" answers 503.
/// </summary>
internal sealed class FakeWazoAuth : IDisposable
{
    public const string Host = "wazo.example.com";
    public const string BaseUrl = "https://wazo.example.com/api/auth/0.1";
    public const string AuthId = "5cdff4a3-24a3-494f-8d32-9c8695e868f9";
    public const string TenantUuid = "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11";
    public const string SubTenantUuid = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    public const string SessionUuid = "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e";

    private readonly ConcurrentDictionary<string, (string[] Acl, DateTimeOffset? IssuedAt, DateTimeOffset ExpiresAt)> _tokens = new();
    private readonly TimeProvider? _clock;
    private int _lookups;

    /// <summary>Creates the fake; with <paramref name="clock"/>, tokens expire on it (shifted by <see cref="ClockOffset"/>).</summary>
    public FakeWazoAuth(TimeProvider? clock = null)
    {
        _clock = clock;
        Mock.When(HttpMethod.Get, BaseUrl + "/token/*").Respond(Lookup);
        Mock.When(HttpMethod.Head, BaseUrl + "/status").Respond(_ => ConnectionBroken
            ? throw new HttpRequestException("Connection refused")
            : new HttpResponseMessage(Status));
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public int Lookups => Volatile.Read(ref _lookups);

    /// <summary>The status lookups fail with; null: they answer normally.</summary>
    public HttpStatusCode? Failure { get; set; }

    /// <summary>Whether lookups fail as a broken connection does.</summary>
    public bool ConnectionBroken { get; set; }

    /// <summary>When set, each lookup waits for it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>How far wazo-auth's clock is ahead of the application's (negative: behind).</summary>
    public TimeSpan ClockOffset { get; set; }

    /// <summary>The time on wazo-auth's clock (the fake needs a clock).</summary>
    public DateTimeOffset Now => _clock!.GetUtcNow() + ClockOffset;

    public ConcurrentQueue<string?> TenantsAsked { get; } = new();

    /// <summary>Registers a valid token granting <paramref name="acl"/> until <paramref name="expiresAt"/>.</summary>
    public string Issue(DateTimeOffset expiresAt, params string[] acl) => Register(acl, null, expiresAt);

    /// <summary>Registers a valid token issued at <paramref name="issuedAt"/> (wazo-auth's clock, sent as <c>utc_issued_at</c>).</summary>
    public string IssueAt(DateTimeOffset issuedAt, DateTimeOffset expiresAt, params string[] acl) => Register(acl, issuedAt, expiresAt);

    /// <summary>Registers the wazo-auth client over this fake.</summary>
    public void AddClient(IServiceCollection services) =>
        services.AddWazoAuthClient(o =>
            {
                o.Host = Host;
                o.Token = "service-token";
            })
            .ConfigurePrimaryHttpMessageHandler(() => Mock);

    public void Dispose() => Mock.Dispose();

    private string Register(string[] acl, DateTimeOffset? issuedAt, DateTimeOffset expiresAt)
    {
        var token = Guid.NewGuid().ToString();
        _tokens[token] = (acl, issuedAt, expiresAt);
        return token;
    }

    // MockHttp never completes a call whose answer task fails: a broken connection is thrown before any await.
    private Task<HttpResponseMessage> Lookup(HttpRequestMessage request)
    {
        if (ConnectionBroken)
        {
            Interlocked.Increment(ref _lookups);
            throw new HttpRequestException("Connection reset by peer");
        }

        return LookupAsync(request);
    }

    private async Task<HttpResponseMessage> LookupAsync(HttpRequestMessage request)
    {
        Interlocked.Increment(ref _lookups);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        if (Failure is { } status)
        {
            return Json(status, """{"message": "Service unavailable", "error_id": "unavailable"}""");
        }

        var token = request.RequestUri!.Segments[^1];
        var tenant = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query)["tenant"];
        TenantsAsked.Enqueue(tenant);
        if (!_tokens.TryGetValue(token, out var known) || (_clock is not null && Now >= known.ExpiresAt))
        {
            return Json(HttpStatusCode.NotFound, """{"reason": ["No such token"], "status_code": 404}""");
        }

        if (tenant is not null && tenant != TenantUuid && tenant != SubTenantUuid)
        {
            return Json(HttpStatusCode.Forbidden, $$"""{"reason": ["Unauthorized for tenant {{tenant}}"], "status_code": 403}""");
        }

        return Json(HttpStatusCode.OK, TokenJson(token, known.Acl, known.IssuedAt, known.ExpiresAt));
    }

    private static string TokenJson(string token, string[] acl, DateTimeOffset? issuedAt, DateTimeOffset expiresAt)
    {
        var issued = issuedAt is { } at ? $"\"{Stamp(at)}\"" : "null";
        return $$"""
            {"data": {"token": "{{token}}", "auth_id": "{{AuthId}}", "utc_issued_at": {{issued}}, "utc_expires_at": "{{Stamp(expiresAt)}}",
                      "acl": {{JsonSerializer.Serialize(acl, TestJsonContext.Default.StringArray)}},
                      "metadata": {"uuid": "{{AuthId}}", "tenant_uuid": "{{TenantUuid}}", "purpose": "user"},
                      "session_uuid": "{{SessionUuid}}"} }
            """;
    }

    private static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
