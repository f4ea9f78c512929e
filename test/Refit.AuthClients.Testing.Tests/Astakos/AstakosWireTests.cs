using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Astakos;

namespace Refit.AuthClients.Testing.Tests.Astakos;

/// <summary>What no client would send: the emulator must still answer like the server, in Synnefo's fault shape.</summary>
public class AstakosWireTests
{
    private AstakosEmulator _astakos = null!;
    private EmulatedAstakosUser _user = null!;
    private EmulatedAstakosService _service = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _astakos = await AstakosEmulator.StartAsync();
        _astakos.AddResource("cyclades.vm", defaultLimit: 1);
        _user = _astakos.AddUser("wire@example.org");
        _service = _astakos.AddService("cyclades_compute");
        _http = new HttpClient { BaseAddress = _astakos.ServerUri };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _astakos.DisposeAsync();
    }

    [Test]
    public async Task Missing_token_is_401_unauthorized()
    {
        using var response = await _http.GetAsync("account/v1.0/quotas");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await Fault(response, "unauthorized"), Is.EqualTo((401, "Invalid X-Auth-Token")));
    }

    [Test]
    public async Task A_json_body_must_be_labelled_and_decodable()
    {
        using var unlabelled = await Send(HttpMethod.Post, "account/v1.0/commissions", _service.Token, new StringContent("{}", Encoding.UTF8, "text/plain"));
        using var undecodable = await Send(HttpMethod.Post, "account/v1.0/commissions", _service.Token, new StringContent("{nope", Encoding.UTF8, "application/json"));

        Assert.That(await Fault(unlabelled, "badRequest"), Is.EqualTo((400, "Unsupported Content-type: 'text/plain; charset=utf-8'")));
        Assert.That(await Fault(undecodable, "badRequest"), Is.EqualTo((400, "Could not decode request body as JSON")));
    }

    [TestCase("{\"name\": \"x\"}", "Provisions are missing.")]
    [TestCase("{\"provisions\": {}}", "Provisions should be a list.")]
    [TestCase("{\"provisions\": [], \"force\": \"yes\"}", "\"force\" option should be a boolean.")]
    [TestCase("{\"provisions\": [], \"auto_accept\": 1}", "\"auto_accept\" option should be a boolean.")]
    [TestCase("{\"provisions\": [], \"name\": 5}", "Commission name should be a string.")]
    [TestCase("{\"provisions\": [{\"holder\": \"user:u\", \"resource\": \"r\", \"quantity\": 1}]}", "Malformed provision {\"holder\":\"user:u\",\"resource\":\"r\",\"quantity\":1}")]
    public async Task Malformed_commissions_are_400(string body, string message)
    {
        using var response = await Send(HttpMethod.Post, "account/v1.0/commissions", _service.Token, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.That(await Fault(response, "badRequest"), Is.EqualTo((400, message)));
    }

    [TestCase("GET", "account/v1.0/nowhere")]
    [TestCase("GET", "account/v1.0/commissions/57lala")]
    [TestCase("GET", "identity/v2.0/nowhere")]
    public async Task Unknown_api_paths_are_400_api_endpoint_not_found(string method, string path)
    {
        using var response = await Send(new HttpMethod(method), path, _service.Token);
        Assert.That(await Fault(response, "badRequest"), Is.EqualTo((400, "API endpoint not found")));
    }

    [Test]
    public async Task Get_on_the_tokens_endpoint_is_405_allowing_post()
    {
        using var response = await _http.GetAsync("identity/v2.0/tokens");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "POST" }));
        Assert.That((await Fault(response, "notAllowed")).Code, Is.EqualTo(405));
    }

    [Test]
    public async Task A_trailing_slash_is_accepted()
    {
        using var response = await Send(HttpMethod.Get, "account/v1.0/quotas/", _user.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_unknown_commission_is_404_with_no_body()
    {
        using var response = await Send(HttpMethod.Get, "account/v1.0/commissions/424242", _service.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }

    [Test]
    public async Task Authenticate_with_a_body_without_credentials_is_400()
    {
        using var response = await Send(HttpMethod.Post, "identity/v2.0/tokens", null, Json(new { auth = new { } }));
        Assert.That(await Fault(response, "badRequest"), Is.EqualTo((400, "Malformed request: missing credentials")));
    }

    [Test]
    public async Task A_project_action_that_is_not_an_object_is_400()
    {
        var project = _astakos.AddProject("wire.pr", _user);
        using var response = await Send(HttpMethod.Post, $"account/v1.0/projects/{project.Id}/action", _user.Token, Json(new { suspend = "x" }));

        Assert.That(await Fault(response, "badRequest"), Is.EqualTo((400, "Malformed request")));
    }

    [Test]
    public async Task A_chunked_body_reads_as_empty_as_behind_a_wsgi_server()
    {
        var body = new { auth = new { token = new { id = _user.Token } } };
        using var sized = await Send(HttpMethod.Post, "identity/v2.0/tokens", null, Json(body));
        using var chunked = await Send(HttpMethod.Post, "identity/v2.0/tokens", null, new ChunkedContent(Json(body)));

        Assert.That(JsonNode.Parse(await sized.Content.ReadAsStringAsync())!["access"]!["user"], Is.Not.Null);
        Assert.That(JsonNode.Parse(await chunked.Content.ReadAsStringAsync())!["access"]!["user"], Is.Null, "public mode");
    }

    [Test]
    public async Task A_quota_failure_carries_the_data_the_clients_read()
    {
        var provision = new { holder = "user:" + _user.Uuid, source = "project:" + _user.Uuid, resource = "cyclades.vm", quantity = 3 };
        using var response = await Send(HttpMethod.Post, "account/v1.0/commissions", _service.Token, Json(new { provisions = new[] { provision } }));
        var overLimit = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["overLimit"]!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(overLimit["code"]!.GetValue<int>(), Is.EqualTo(413));
        Assert.That(overLimit["data"]!["name"]!.GetValue<string>(), Is.EqualTo("NoCapacityError"));
        Assert.That(overLimit["data"]!["limit"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(overLimit["data"]!["usage"]!.GetValue<long>(), Is.Zero);
        Assert.That(overLimit["data"]!["provision"]!["quantity"]!.GetValue<long>(), Is.EqualTo(3));
    }

    /// <summary>A JSON body with a length (<c>JsonContent</c> has none, so it would go out chunked).</summary>
    private static StringContent Json<T>(T value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    /// <summary>Sends the inner content without a length, so that it goes out chunked.</summary>
    private sealed class ChunkedContent(HttpContent inner) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        return await _http.SendAsync(request);
    }

    private static async Task<(int Code, string Message)> Fault(HttpResponseMessage response, string name)
    {
        var fault = JsonNode.Parse(await response.Content.ReadAsStringAsync())![name]!;
        return (fault["code"]!.GetValue<int>(), fault["message"]!.GetValue<string>());
    }
}
