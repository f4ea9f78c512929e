using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Refit.AuthClients.Wazo.Tests.Tokens;

/// <summary>
/// The parts of wazo-auth (and of a service behind it) the renewal needs, on a fake clock: <c>POST /token</c> issues
/// <c>token-N</c> for the right basic credentials, other calls answer 401 unless their token is live.
/// </summary>
/// <remarks>Shared with the ASP.NET Core tests, which compile this file too.</remarks>
internal sealed class TokenIssuingServer(FakeTimeProvider time, TimeSpan lifetime)
{
    public const string Credentials = "svc:s3cr3t";

    /// <summary>The user every guarded call answers.</summary>
    public const string User = """{"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "username": "foobar", "enabled": true}""";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _live = new();
    private int _creates;

    public int Creates => Volatile.Read(ref _creates);

    /// <summary>When set, each creation waits for it.</summary>
    public TaskCompletionSource? CreationGate { get; set; }

    /// <summary>The credentials the server accepts.</summary>
    public string AcceptedCredentials { get; set; } = Credentials;

    public ConcurrentQueue<string?> TokensOnCreation { get; } = new();

    /// <summary>The login of each creation's basic credentials, in order.</summary>
    public ConcurrentQueue<string> Logins { get; } = new();

    public ConcurrentQueue<string?> TokensServed { get; } = new();

    public ConcurrentQueue<(string Token, string? AuthHeader)> Revoked { get; } = new();

    /// <summary>Routes the mock's requests to this server.</summary>
    public void Serve(MockHttpMessageHandler mock, string baseUrl)
    {
        mock.When(HttpMethod.Post, baseUrl + "/token").Respond(CreateAsync);
        mock.When(HttpMethod.Delete, baseUrl + "/token/*").Respond(Revoke);
        mock.When(HttpMethod.Get, baseUrl + "/users/*").Respond(Guarded);
    }

    public void Invalidate(string token) => _live.TryRemove(token, out _);

    private async Task<HttpResponseMessage> CreateAsync(HttpRequestMessage request)
    {
        TokensOnCreation.Enqueue(TokenOf(request));
        Logins.Enqueue(LoginOf(request));
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AcceptedCredentials));
        if (request.Headers.Authorization?.ToString() != expected)
        {
            Interlocked.Increment(ref _creates);
            return Json(HttpStatusCode.Unauthorized, """{"reason": ["Authentication Failed"], "status_code": 401}""");
        }

        var number = Interlocked.Increment(ref _creates);
        if (CreationGate is { } gate)
        {
            await gate.Task;
        }

        var token = $"token-{number}";
        var issued = time.GetUtcNow();
        _live[token] = issued + lifetime;
        return Json(HttpStatusCode.OK, $$"""
            {"data": {"token": "{{token}}", "auth_id": "auth-id", "acl": ["confd.#"], "session_uuid": "session",
                      "utc_issued_at": "{{Stamp(issued)}}", "utc_expires_at": "{{Stamp(issued + lifetime)}}"} }
            """);
    }

    private HttpResponseMessage Revoke(HttpRequestMessage request)
    {
        var token = request.RequestUri!.Segments[^1];
        Invalidate(token);
        Revoked.Enqueue((token, TokenOf(request)));
        return Json(HttpStatusCode.OK, """{"data": {"message": "success"}}""");
    }

    private HttpResponseMessage Guarded(HttpRequestMessage request)
    {
        var token = TokenOf(request);
        TokensServed.Enqueue(token);
        return token is not null && _live.TryGetValue(token, out var expiry) && time.GetUtcNow() < expiry
            ? Json(HttpStatusCode.OK, User)
            : Json(HttpStatusCode.Unauthorized, """{"message": "Unauthorized", "error_id": "unauthorized", "details": {"reason": "not_found_or_expired"}}""");
    }

    private static string? TokenOf(HttpRequestMessage request) =>
        request.Headers.TryGetValues("X-Auth-Token", out var values) ? values.Single() : null;

    private static string LoginOf(HttpRequestMessage request) =>
        request.Headers.Authorization?.Parameter is { } basic ? Encoding.UTF8.GetString(Convert.FromBase64String(basic)).Split(':')[0] : string.Empty;

    private static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
