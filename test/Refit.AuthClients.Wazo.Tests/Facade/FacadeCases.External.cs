using System.Net;
using System.Text.Json;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private static IEnumerable<FacadeCall> ExternalCalls()
    {
        var dataPath = $"/users/{UserUuid}/external/foo";
        var data = JsonDocument.Parse(ExternalUserData).RootElement;
        var secret = "8d2f0c4e-3b1a-4e5f-9a7b-6c5d4e3f2a1b";

        // google, microsoft and mobile answer 201, which the reference accepted only by accident.
        yield return FacadeCall.Of("External.CreateAsync", c => c.External.CreateAsync("foo", UserUuid, data, Sub), Post, dataPath, (JsonElement d) => AssertSecret(d, secret))
            with { Tenant = Sub, Body = ExternalUserData, Answer = ExternalUserData, Status = HttpStatusCode.Created };
        yield return FacadeCall.Of("External.GetAsync", c => c.External.GetAsync("foo", UserUuid, Sub), Get, dataPath, (JsonElement d) => AssertSecret(d, secret))
            with { Tenant = Sub, Answer = ExternalUserData };
        yield return FacadeCall.Of("External.UpdateAsync", c => c.External.UpdateAsync("foo", UserUuid, data, Sub), Put, dataPath, (JsonElement d) => AssertSecret(d, secret))
            with { Tenant = Sub, Body = ExternalUserData, Answer = ExternalUserData };
        yield return FacadeCall.Of("External.DeleteAsync", c => c.External.DeleteAsync("foo", UserUuid, Sub), Delete, dataPath) with { Tenant = Sub };
        yield return FacadeCall.Of(
            "External.ListAsync",
            c => c.External.ListAsync(
                UserUuid,
                new WazoExternalAuthListQuery { Search = "b", Order = "type", Direction = WazoSortDirection.Asc, Limit = 5, Offset = 10, Type = "bar" },
                Sub),
            Get,
            $"/users/{UserUuid}/external",
            (WazoList<WazoExternalAuth> list) => Assert.That(list.Items.Select(a => a.Type), Is.EqualTo(new[] { "foo", "bar" }))) with
        {
            Query = "search=b&order=type&direction=asc&limit=5&offset=10&type=bar",
            Tenant = Sub,
            Answer = ExternalAuthList,
        };

        // The reference sent the tenant in the query only; it belongs in the header.
        yield return FacadeCall.Of(
            "External.ListConnectedUsersAsync",
            c => c.External.ListConnectedUsersAsync("foo", new WazoListQuery { Limit = 5, Offset = 10, Recurse = true }, Sub),
            Get,
            "/external/foo/users",
            (WazoList<WazoExternalAuthUser> list) => Assert.That(list.Items.Single().Uuid, Is.EqualTo(UserUuid))) with
        {
            Query = "limit=5&offset=10&recurse=true",
            Tenant = Sub,
            Answer = ConnectedUsers,
        };
        var config = new WazoExternalConfig { ClientId = "a-client-id", ClientSecret = "a-client-secret" };
        yield return FacadeCall.Of("External.CreateConfigAsync", c => c.External.CreateConfigAsync("foo", config, Sub), Post, "/external/foo/config")
            with { Tenant = Sub, Body = ExternalConfig, Answer = "\"\"", Status = HttpStatusCode.Created };
        yield return FacadeCall.Of(
            "External.GetConfigAsync",
            c => c.External.GetConfigAsync("foo", Sub),
            Get,
            "/external/foo/config",
            (WazoExternalConfig read) => Assert.That((read.ClientId, read.ClientSecret), Is.EqualTo(("a-client-id", "a-client-secret")))) with
        {
            Tenant = Sub,
            Answer = ExternalConfig,
        };
        yield return FacadeCall.Of("External.UpdateConfigAsync", c => c.External.UpdateConfigAsync("foo", config, Sub), Put, "/external/foo/config")
            with { Tenant = Sub, Body = ExternalConfig };
        yield return FacadeCall.Of("External.DeleteConfigAsync", c => c.External.DeleteConfigAsync("foo", Sub), Delete, "/external/foo/config")
            with { Tenant = Sub };
        yield return FacadeCall.Of(
            "External.GetMobileSenderIdAsync",
            c => c.External.GetMobileSenderIdAsync(UserUuid, Sub),
            Get,
            $"/users/{UserUuid}/external/mobile/sender_id",
            (string? senderId) => Assert.That(senderId, Is.EqualTo("123456789"))) with
        {
            Tenant = Sub,
            Answer = """{"sender_id": "123456789"}""",
        };
    }

    private static void AssertSecret(JsonElement data, string secret) =>
        Assert.That(data.GetProperty("secret").GetString(), Is.EqualTo(secret));
}
