using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Wazo;

namespace Refit.AuthClients.Testing.Tests.Wazo;

/// <summary>What no client would send: the emulator must still answer like the server.</summary>
public class WazoWireTests
{
    private WazoAuthEmulator _wazo = null!;
    private HttpClient _http = null!;
    private string _adminToken = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _wazo = await WazoAuthEmulator.StartAsync();
        var admin = _wazo.AddUser("admin", "secret", _wazo.AddPolicy("admin", "auth.#"));
        _adminToken = _wazo.IssueToken(admin);
        _http = new HttpClient { BaseAddress = new Uri(_wazo.BaseUri + "/") };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _wazo.DisposeAsync();
    }

    [Test]
    public void Base_uri_is_the_api_root_on_loopback()
    {
        Assert.That(_wazo.BaseUri.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(_wazo.BaseUri.AbsolutePath, Is.EqualTo("/0.1"));
        Assert.That(_wazo.BaseUri.Port, Is.Not.Zero);
    }

    [Test]
    public async Task Missing_token_is_401_not_found_or_expired()
    {
        using var response = await _http.GetAsync("users");
        var body = await JsonBody(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body["error_id"]!.GetValue<string>(), Is.EqualTo("unauthorized"));
        Assert.That(body["details"]!["reason"]!.GetValue<string>(), Is.EqualTo("not_found_or_expired"));
        Assert.That(body["details"]!["required_access"]!.GetValue<string>(), Is.EqualTo("auth.users.read"));
    }

    [Test]
    public async Task Undecodable_json_is_400_in_the_framework_shape()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "users") { Content = new StringContent("{nope", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Auth-Token", _adminToken);
        using var response = await _http.SendAsync(request);
        var body = await JsonBody(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "message" }));
    }

    [Test]
    public async Task Invalid_field_is_400_invalid_data()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "users") { Content = JsonContent.Create(new { username = 42 }) };
        request.Headers.Add("X-Auth-Token", _adminToken);
        using var response = await _http.SendAsync(request);
        var body = await JsonBody(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["error_id"]!.GetValue<string>(), Is.EqualTo("invalid-data"));
        Assert.That(body["details"]!["username"], Is.Not.Null);
    }

    [Test]
    public async Task Unknown_path_and_non_uuid_ids_are_404_in_the_framework_shape()
    {
        using var unknown = await _http.GetAsync("nowhere");
        using var notUuid = await _http.GetAsync("token/not-a-uuid");
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(notUuid.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await JsonBody(notUuid))["message"]!.GetValue<string>(), Does.StartWith("The requested URL was not found"));
    }

    [Test]
    public async Task Get_status_is_405_while_head_is_200()
    {
        using var get = await _http.GetAsync("status");
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "status"));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That((await JsonBody(get))["message"]!.GetValue<string>(), Is.EqualTo("The method is not allowed for the requested URL."));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Failed_login_is_401_in_the_legacy_shape()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "token") { Content = JsonContent.Create(new { expiration = 60 }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:wrong")));
        using var response = await _http.SendAsync(request);
        var body = await JsonBody(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body["reason"]![0]!.GetValue<string>(), Is.EqualTo("Authentication Failed"));
        Assert.That(body["status_code"]!.GetValue<int>(), Is.EqualTo(401));
    }

    [Test]
    public async Task Token_creation_answers_the_token_object_and_the_revoked_sessions_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "token") { Content = JsonContent.Create(new { expiration = 60 }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:secret")));
        using var response = await _http.SendAsync(request);
        var data = (await JsonBody(response))["data"]!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("Wazo-Sessions-Revoked"), Is.EqualTo(new[] { "0" }));
        Assert.That(data["acl"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "auth.#" }));
        Assert.That(data["utc_expires_at"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$"));
        Assert.That(data["metadata"]!["tenant_uuid"]!.GetValue<string>(), Is.EqualTo(_wazo.MasterTenant.Uuid.ToString()));
    }

    private static async Task<JsonNode> JsonBody(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new AssertionException("null body");
}
