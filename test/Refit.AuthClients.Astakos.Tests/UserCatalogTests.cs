namespace Refit.AuthClients.Astakos.Tests;

public sealed class UserCatalogTests : HarnessFixture
{
    private const string KnownUuid = "a9dc21d2-bcb2-4104-9a9e-402b7c70d6d8";

    [Test]
    public async Task GetUsernamesPostsTheUuidsAndReturnsTheUuidCatalog()
    {
        ExpectAccount(HttpMethod.Post, "/user_catalogs")
            .WithJson("""{"uuids": ["a9dc21d2-bcb2-4104-9a9e-402b7c70d6d8", "ff53baa9-c025-4d56-a6e3-963db0438830"]}""")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        var names = await Client.GetUsernamesAsync([KnownUuid, "ff53baa9-c025-4d56-a6e3-963db0438830"]);

        VerifyRequests();
        Assert.That(names[KnownUuid], Is.EqualTo("user1@example.com"));
        Assert.That(names["ff53baa9-c025-4d56-a6e3-963db0438830"], Is.EqualTo("user2@example.com"));
    }

    [Test]
    public async Task ServiceGetUsernamesUsesTheServiceCatalog()
    {
        ExpectAccount(HttpMethod.Post, "/service/user_catalogs")
            .WithJson("""{"uuids": ["a9dc21d2-bcb2-4104-9a9e-402b7c70d6d8"]}""")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        var names = await Client.ServiceGetUsernamesAsync([KnownUuid]);

        VerifyRequests();
        Assert.That(names[KnownUuid], Is.EqualTo("user1@example.com"));
    }

    [TestCase(false, "/user_catalogs")]
    [TestCase(true, "/service/user_catalogs")]
    public async Task GetUsernameReturnsTheNameOfOneUuid(bool service, string path)
    {
        ExpectAccount(HttpMethod.Post, path)
            .WithJson("""{"uuids": ["a9dc21d2-bcb2-4104-9a9e-402b7c70d6d8"]}""")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        var name = service ? await Client.ServiceGetUsernameAsync(KnownUuid) : await Client.GetUsernameAsync(KnownUuid);

        VerifyRequests();
        Assert.That(name, Is.EqualTo("user1@example.com"));
    }

    [TestCase(false, "/user_catalogs")]
    [TestCase(true, "/service/user_catalogs")]
    public async Task GetUsernameOfAnUnknownUuidThrowsNoUserName(bool service, string path)
    {
        ExpectAccount(HttpMethod.Post, path).Respond("application/json", """{"uuid_catalog": {}, "displayname_catalog": {}}""");

        var error = await Fails.With<NoUserNameException>(() => service ? Client.ServiceGetUsernameAsync("nobody") : Client.GetUsernameAsync("nobody"));

        Assert.That(error.Message, Is.EqualTo("No display name for the given uuid: nobody"));
        Assert.That(error.Uuid, Is.EqualTo("nobody"));
        Assert.That(error.RequestPath, Is.EqualTo(AstakosHarness.Account + path));
    }

    [Test]
    public async Task GetUuidsPostsTheDisplayNamesAndReturnsTheDisplayNameCatalog()
    {
        ExpectAccount(HttpMethod.Post, "/user_catalogs")
            .WithJson("""{"displaynames": ["user1@example.com", "user2@example.com"]}""")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        var uuids = await Client.GetUuidsAsync(["user1@example.com", "user2@example.com"]);

        VerifyRequests();
        Assert.That(uuids["user2@example.com"], Is.EqualTo("816351c7-7405-4f26-a968-6380cf47ba1f"));
    }

    [Test]
    public async Task ServiceGetUuidsUsesTheServiceCatalog()
    {
        ExpectAccount(HttpMethod.Post, "/service/user_catalogs")
            .WithJson("""{"displaynames": ["a@b"]}""")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        var uuids = await Client.ServiceGetUuidsAsync(["a@b"]);

        VerifyRequests();
        Assert.That(uuids, Does.Not.ContainKey("a@b"));
    }

    [TestCase(false, "/user_catalogs")]
    [TestCase(true, "/service/user_catalogs")]
    public async Task GetUuidReturnsTheUuidOfOneName(bool service, string path)
    {
        ExpectAccount(HttpMethod.Post, path)
            .WithJson("""{"displaynames": ["user1@example.com"]}""")
            .Respond("application/json", Fixtures.UserCatalogsResponse);

        var uuid = service ? await Client.ServiceGetUuidAsync("user1@example.com") : await Client.GetUuidAsync("user1@example.com");

        VerifyRequests();
        Assert.That(uuid, Is.EqualTo(KnownUuid));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task GetUuidOfAnUnknownNameThrowsNoUuid(bool service)
    {
        ExpectAccount(HttpMethod.Post, service ? "/service/user_catalogs" : "/user_catalogs")
            .Respond("application/json", """{"uuid_catalog": {}, "displayname_catalog": {}}""");

        var error = await Fails.With<NoUuidException>(() => service ? Client.ServiceGetUuidAsync("ghost") : Client.GetUuidAsync("ghost"));

        Assert.That(error.Message, Is.EqualTo("No uuid for the given display name: ghost"));
        Assert.That(error.DisplayName, Is.EqualTo("ghost"));
    }

    [Test]
    public async Task AnAnswerWithoutTheCatalogAskedForIsInvalid()
    {
        ExpectAccount(HttpMethod.Post, "/user_catalogs").Respond("application/json", """{"displayname_catalog": {}}""");

        var error = await Fails.With<InvalidResponseException>(() => Client.GetUsernamesAsync(["u1"]));

        Assert.That(error.Message, Does.Contain("uuid_catalog"));
        Assert.That(error.RequestPath, Is.EqualTo(AstakosHarness.Account + "/user_catalogs"));
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("[1, 2]")]
    public async Task AnEmptyNullOrListAnswerIsInvalid(string body)
    {
        ExpectAccount(HttpMethod.Post, "/user_catalogs").Respond("application/json", body);

        await Fails.With<InvalidResponseException>(() => Client.GetUuidsAsync(["a@b"]));
    }
}
