using System.Net;
using System.Text.Json;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class ExternalAuthApiTests
{
    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    [Test]
    public async Task GetConfigAsync_reads_the_configuration_with_the_tenant()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/external/google/config").WithClientToken(TenantUuid).RespondJson(ExternalConfig);

        var config = await h.Api<IWazoExternalAuthApi>().GetConfigAsync("google", TenantUuid);

        Assert.That(config.ClientId, Is.EqualTo("a-client-id"));
        Assert.That(config.ClientSecret, Is.EqualTo("a-client-secret"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetConfigAsync_keeps_keys_it_does_not_name()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/external/foo/config").RespondJson("""{"client_id": "x", "custom": 42}""");

        var config = await h.Api<IWazoExternalAuthApi>().GetConfigAsync("foo");

        Assert.That(config.AdditionalProperties!["custom"].GetInt32(), Is.EqualTo(42));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task CreateConfigAsync_posts_the_configuration_and_ignores_the_empty_string_body()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, "/external/google/config").WithClientToken(TenantUuid).WithJsonBody(ExternalConfig)
            .RespondJson("\"\"", HttpStatusCode.Created);

        await h.Api<IWazoExternalAuthApi>().CreateConfigAsync(
            "google", new WazoExternalConfig { ClientId = "a-client-id", ClientSecret = "a-client-secret" }, TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase(HttpStatusCode.NoContent)]
    [TestCase(HttpStatusCode.Created)]
    public async Task UpdateConfigAsync_puts_the_configuration_and_accepts_204_and_201(HttpStatusCode status)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, "/external/mobile/config")
            .WithJsonBody("""{"fcm_sender_id": "123", "use_sandbox": true}""")
            .RespondEmpty(status);

        await h.Api<IWazoExternalAuthApi>().UpdateConfigAsync("mobile", new WazoExternalConfig { FcmSenderId = "123", UseSandbox = true });

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteConfigAsync_deletes_the_configuration()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, "/external/microsoft/config").WithClientToken(TenantUuid).RespondEmpty();

        await h.Api<IWazoExternalAuthApi>().DeleteConfigAsync("microsoft", TenantUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListConnectedUsersAsync_sends_the_tenant_only_as_header()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/external/google/users")
            .WithExactQueryString("limit=5&offset=10&recurse=true")
            .WithClientToken(TenantUuid)
            .RespondJson(ConnectedUsers);

        var list = await h.Api<IWazoExternalAuthApi>().ListConnectedUsersAsync("google", new WazoListQuery { Limit = 5, Offset = 10, Recurse = true }, TenantUuid);

        Assert.That(list.Items.Single().Uuid, Is.EqualTo(UserUuid));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task ListForUserAsync_reads_the_external_auths()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external")
            .WithExactQueryString("search=b&order=type&direction=asc&limit=5&offset=10&type=bar")
            .RespondJson(ExternalAuthList);

        var list = await h.Api<IWazoExternalAuthApi>().ListForUserAsync(
            UserUuid, new WazoExternalAuthListQuery { Search = "b", Order = "type", Direction = WazoSortDirection.Asc, Limit = 5, Offset = 10, Type = "bar" });

        Assert.Multiple(() =>
        {
            Assert.That(list.Items.Select(i => i.Type), Is.EqualTo(new[] { "foo", "bar" }));
            Assert.That(list.Items[1].Enabled, Is.True);
            Assert.That(list.Items[1].Data!.Value.GetProperty("scope").GetArrayLength(), Is.EqualTo(3));
            Assert.That(list.Items[1].PluginInfo!.Value.GetProperty("foo").GetString(), Is.EqualTo("bar"));
        });
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task GetUserDataAsync_reads_any_plugin_data()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, $"/users/{UserUuid}/external/foo").WithClientToken(TenantUuid).RespondJson(ExternalUserData);

        var data = await h.Api<IWazoExternalAuthApi>().GetUserDataAsync("foo", UserUuid, TenantUuid);

        Assert.That(data.GetProperty("scope")[2].GetString(), Is.EqualTo("three"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [TestCase(HttpStatusCode.OK)]
    [TestCase(HttpStatusCode.Created)]
    public async Task CreateUserDataAsync_posts_the_data_and_accepts_200_and_201(HttpStatusCode status)
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Post, $"/users/{UserUuid}/external/foo").WithJsonBody(ExternalUserData).RespondJson(ExternalUserData, status);

        var data = await h.Api<IWazoExternalAuthApi>().CreateUserDataAsync("foo", UserUuid, Json(ExternalUserData));

        Assert.That(data.GetProperty("secret").GetString(), Is.EqualTo("8d2f0c4e-3b1a-4e5f-9a7b-6c5d4e3f2a1b"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task UpdateUserDataAsync_puts_the_data()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Put, $"/users/{UserUuid}/external/foo").WithJsonBody("""{"key": "value"}""").RespondJson("""{"key": "value"}""");

        var data = await h.Api<IWazoExternalAuthApi>().UpdateUserDataAsync("foo", UserUuid, Json("""{"key": "value"}"""));

        Assert.That(data.GetProperty("key").GetString(), Is.EqualTo("value"));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task DeleteUserDataAsync_deletes_the_data()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Delete, $"/users/{UserUuid}/external/foo").WithClientToken().RespondEmpty();

        await h.Api<IWazoExternalAuthApi>().DeleteUserDataAsync("foo", UserUuid);

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
