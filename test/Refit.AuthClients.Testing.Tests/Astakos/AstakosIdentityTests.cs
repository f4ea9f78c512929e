using Microsoft.Extensions.Time.Testing;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Testing.Astakos;
using Refit.AuthClients.Testing.Tests.Support;

namespace Refit.AuthClients.Testing.Tests.Astakos;

/// <summary>Catalog, authentication, user catalogs, resources, feedback and tokens, through the Astakos client.</summary>
public class AstakosIdentityTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 5, 10, 0, 0, TimeSpan.Zero));
    private AstakosEmulator _astakos = null!;
    private EmulatedAstakosUser _alice = null!;
    private EmulatedAstakosService _pithos = null!;
    private AstakosClients _clients = null!;

    private IAstakosClient Alice => _clients.Client;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // A deployment prefix: the client must take every path from the catalog.
        _astakos = await AstakosEmulator.StartAsync(new AstakosEmulatorOptions { TimeProvider = _time, PathPrefix = "/astakos" });
        _astakos.AddResource("pithos.diskspace", defaultLimit: 1 << 30, service: "pithos", description: "Storage space", unit: "bytes");
        _alice = _astakos.AddUser("alice@example.org", token: "CDEe2k0T/HdiJWBMMbHyOA==", realName: "Alice Liddell");
        _pithos = _astakos.AddService("pithos_object-store", type: "object-store", publicUrl: new Uri("https://storage.example.org/object-store/v1"));
        _clients = new AstakosClients(_astakos, _alice.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _astakos.DisposeAsync();
    }

    [Test]
    public async Task The_catalog_publishes_the_prefixed_services_and_the_registered_components()
    {
        var access = await Alice.GetEndpointsAsync();
        var catalog = access.ServiceCatalog!.ToDictionary(s => s.Name!, s => s.Endpoints![0]);

        Assert.That(access.Token, Is.Null, "public mode reveals no token");
        Assert.That(catalog.Keys, Is.SupersetOf(new[] { "astakos_account", "astakos_identity", "astakos_oauth2", "pithos_object-store" }));
        Assert.That(catalog["astakos_account"].PublicUrl, Is.EqualTo(_astakos.AccountUrl.ToString()));
        Assert.That(new Uri(catalog["astakos_account"].PublicUrl!).AbsolutePath, Is.EqualTo("/astakos/account/v1.0"));
        Assert.That(catalog["astakos_account"].VersionId, Is.EqualTo("v1.0"));
        Assert.That(new Uri(catalog["astakos_account"].UiUrl!).AbsolutePath, Is.EqualTo("/astakos/ui"));
        Assert.That(new Uri(catalog["astakos_oauth2"].PublicUrl!).AbsolutePath, Is.EqualTo("/astakos/oauth2/"));
        Assert.That(catalog["pithos_object-store"].PublicUrl, Is.EqualTo("https://storage.example.org/object-store/v1"));
    }

    [Test]
    public async Task Authenticate_reports_the_token_the_user_and_its_projects()
    {
        var access = await Alice.AuthenticateAsync(tenantName: _alice.Uuid);

        Assert.That(access.Token!.Id, Is.EqualTo(_alice.Token));
        Assert.That(access.Token.Expires, Is.EqualTo(_time.GetUtcNow().AddDays(30)));
        Assert.That(access.Token.Tenant!.Id, Is.EqualTo(_alice.Uuid));
        Assert.That(access.User!.Id, Is.EqualTo(_alice.Uuid));
        Assert.That(access.User.Name, Is.EqualTo("Alice Liddell"));
        Assert.That(access.User.Projects, Is.EqualTo(new[] { _alice.Uuid }));
        await Fails.With<BadRequestException>(() => Alice.AuthenticateAsync(tenantName: "someone-else"));
    }

    [Test]
    public async Task An_unknown_or_expired_user_token_is_refused()
    {
        var bob = _astakos.AddUser("bob@example.org");
        using var bobClients = new AstakosClients(_astakos, bob.Token);
        Assert.That((await bobClients.Client.GetQuotasAsync()).Keys, Is.EqualTo(new[] { bob.Uuid }));

        _time.Advance(TimeSpan.FromDays(31));
        try
        {
            var expired = await Fails.With<UnauthorizedException>(() => bobClients.Client.GetQuotasAsync());
            Assert.That(expired.Fault?.Message, Is.EqualTo("Authentication expired"));
            var renewed = _astakos.RenewToken(bob);
            Assert.That((await bobClients.As(renewed.Token).GetQuotasAsync()).Keys, Is.EqualTo(new[] { bob.Uuid }));
            await Fails.With<UnauthorizedException>(() => bobClients.As("not-a-token").GetQuotasAsync());
        }
        finally
        {
            _astakos.RenewToken(_alice, _alice.Token);
        }
    }

    [Test]
    public async Task User_catalogs_map_uuids_and_display_names_both_ways()
    {
        var carol = _astakos.AddUser("carol@example.org");

        Assert.That(await Alice.GetUsernameAsync(carol.Uuid), Is.EqualTo("carol@example.org"));
        Assert.That(await Alice.GetUuidAsync("carol@example.org"), Is.EqualTo(carol.Uuid));
        Assert.That(await _clients.As(_pithos.Token).ServiceGetUsernamesAsync([carol.Uuid, _alice.Uuid, "unknown"]),
            Is.EquivalentTo(new Dictionary<string, string> { [carol.Uuid] = "carol@example.org", [_alice.Uuid] = "alice@example.org" }));
        await Fails.With<NoUserNameException>(() => Alice.GetUsernameAsync("unknown"));
        await Fails.With<UnauthorizedException>(() => Alice.ServiceGetUuidAsync("carol@example.org"));
    }

    [Test]
    public async Task Resources_and_services_are_public()
    {
        var resources = await _clients.As("whatever").GetResourcesAsync();
        var services = await Alice.GetServicesAsync();

        Assert.That(resources["pithos.diskspace"].Unit, Is.EqualTo("bytes"));
        Assert.That(resources["pithos.diskspace"].Service, Is.EqualTo("pithos"));
        Assert.That(services.Select(s => s.Name), Is.EqualTo(new[] { "astakos", "pithos_object-store" }));
    }

    [Test]
    public async Task Feedback_is_recorded_with_its_sender()
    {
        await Alice.SendFeedbackAsync("It works & more", "data=1");

        Assert.That(_astakos.Feedback, Does.Contain(new AstakosFeedbackMessage(_alice.Uuid, "It works & more", "data=1")));
    }

    [Test]
    public async Task An_oauth2_code_buys_a_token_that_validates_within_its_scope_until_it_expires()
    {
        var redirect = new Uri("https://app.example.org/callback");
        _astakos.AddOAuth2Client("my-app", "s3cret", redirect);
        var code = _astakos.IssueAuthorizationCode(_alice, "my-app", scope: "https://storage.example.org/alice/");
        var form = new Dictionary<string, string> { ["code"] = code, ["redirect_uri"] = redirect.ToString() };

        var token = await Alice.GetTokenAsync("authorization_code", "my-app", "s3cret", form);
        var valid = await Alice.ValidateTokenAsync(token.AccessToken!, "https://storage.example.org/alice/photos");

        Assert.That(token.TokenType, Is.EqualTo("Bearer"));
        Assert.That(valid.User!.Id, Is.EqualTo(_alice.Uuid));
        await Fails.With<NotFoundException>(() => Alice.ValidateTokenAsync(token.AccessToken!, "https://storage.example.org/bob/"));
        await Fails.With<BadRequestException>(() => Alice.GetTokenAsync("authorization_code", "my-app", "s3cret", form));
        _time.Advance(TimeSpan.FromSeconds(21));
        await Fails.With<NotFoundException>(() => Alice.ValidateTokenAsync(token.AccessToken!));
        await Fails.With<NotFoundException>(() => Alice.ValidateTokenAsync(_alice.Token));
    }
}
