using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Wazo.Models;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Tests;

public class SerializationTests
{
    private static readonly WazoJsonContext Context = WazoJsonContext.Default;

    [Test]
    public void Every_body_and_answer_type_of_every_call_is_in_the_json_context()
    {
        var types = RegistrationTests.ApiInterfaces
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Where(p => p.GetCustomAttribute<BodyAttribute>() is { SerializationMethod: not BodySerializationMethod.UrlEncoded })
                .Select(p => p.ParameterType)
                .Append(m.ReturnType.IsGenericType ? m.ReturnType.GetGenericArguments()[0] : typeof(void)))
            .Where(t => t != typeof(void) && t != typeof(HttpResponseMessage) && t != typeof(Stream))
            .Distinct()
            .ToList();

        Assert.That(types, Has.Count.GreaterThan(40));
        Assert.Multiple(() =>
        {
            foreach (var type in types)
            {
                Assert.That(Context.GetTypeInfo(type), Is.Not.Null, type.Name);
            }
        });
    }

    [Test]
    public void Null_fields_are_not_written()
    {
        Assert.That(Serialize(new WazoTokenRequest()), Is.EqualTo("{}"));
        Assert.That(Serialize(new WazoUserUpdate { Firstname = "foo" }), Is.EqualTo("""{"firstname":"foo"}"""));
    }

    [Test]
    public void A_null_password_reset_is_written_as_null() =>
        Assert.That(Serialize(new WazoPasswordReset()), Is.EqualTo("""{"password":null}"""));

    [Test]
    public void A_config_patch_replace_writes_a_boolean_value() =>
        Assert.That(
            JsonSerializer.Serialize(new[] { WazoConfigPatchOperation.Replace("/profiling_enabled", false) }, Context.WazoConfigPatchOperationArray),
            Is.EqualTo("""[{"op":"replace","path":"/profiling_enabled","value":false}]"""));

    [Test]
    public void Unknown_fields_are_ignored_and_names_are_matched_case_insensitively()
    {
        var user = JsonSerializer.Deserialize("""{"UUID": "u1", "username": "alice", "unexpected": {"nested": [1, 2]}}""", Context.WazoUser)!;

        Assert.That(user.Uuid, Is.EqualTo("u1"));
        Assert.That(user.Username, Is.EqualTo("alice"));
    }

    [Test]
    public void The_scope_check_reads_the_spec_list_of_objects_as_one_map()
    {
        var result = JsonSerializer.Deserialize("""{"scopes": [{"a": true}, {"b": false, "c": true}]}""", Context.WazoScopeCheckResult)!;

        Assert.That(result.Scopes, Is.EquivalentTo(new Dictionary<string, bool> { ["a"] = true, ["b"] = false, ["c"] = true }));
    }

    [TestCase("""{"scopes": {"a": "yes"}}""")]
    [TestCase("""{"scopes": "a"}""")]
    [TestCase("""{"scopes": [1]}""")]
    public void A_scope_check_of_another_shape_is_refused(string json) =>
        Assert.That(() => JsonSerializer.Deserialize(json, Context.WazoScopeCheckResult), Throws.InstanceOf<JsonException>());

    [TestCase("""{"items": [1]}""")]
    [TestCase("""{"items": [{"name": "ldap"}]}""")]
    [TestCase("""{"items": "ldap"}""")]
    public void An_idp_list_of_another_shape_is_refused(string json) =>
        Assert.That(() => JsonSerializer.Deserialize(json, Context.WazoIdpList), Throws.InstanceOf<JsonException>());

    [Test]
    public void Idp_types_and_oauth_scopes_are_written_back_as_lists()
    {
        Assert.That(Serialize(new WazoIdpList { Total = 1, Items = ["saml"] }), Does.Contain("\"items\":[\"saml\"]"));
        Assert.That(Serialize(new WazoOAuthToken { Scope = ["a", "b"] }), Does.Contain("\"scope\":[\"a\",\"b\"]"));
        Assert.That(Serialize(new WazoScopeCheckResult { Scopes = new Dictionary<string, bool> { ["a"] = true } }), Is.EqualTo("""{"scopes":{"a":true}}"""));
    }

    [TestCase("""{"ios_apn_private": "-----BEGIN PRIVATE KEY-----"}""", "-----BEGIN PRIVATE KEY-----")]
    [TestCase("""{"ios_apn_private": true}""", "true")]
    [TestCase("""{"ios_apn_private": 12}""", "12")]
    [TestCase("""{"ios_apn_private": null}""", null)]
    public void The_apns_private_key_is_read_as_text_whatever_the_spec_says(string json, string? expected) =>
        Assert.That(JsonSerializer.Deserialize(json, Context.WazoExternalConfig)!.IosApnPrivate, Is.EqualTo(expected));

    [TestCase("2026-05-05T14:49:30.449607+00:00", 2026, 5, 5, 14, 49, 30, 4496070)]
    [TestCase("2026-05-05T16:49:30.449607+02:00", 2026, 5, 5, 14, 49, 30, 4496070)]
    [TestCase("2026-05-05T14:49:30", 2026, 5, 5, 14, 49, 30, 0)]
    [TestCase("2026-05-05T14:49:30.5", 2026, 5, 5, 14, 49, 30, 5000000)]
    public void Timestamps_are_read_with_or_without_offset_and_fraction(string text, int year, int month, int day, int hour, int minute, int second, long ticks)
    {
        var refreshToken = new WazoRefreshToken { CreatedAt = text };

        Assert.That(refreshToken.CreatedAtInstant, Is.EqualTo(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(ticks)));
    }

    [Test]
    public void An_unparsable_timestamp_reads_as_null() =>
        Assert.That(new WazoToken { UtcExpiresAt = "string" }.UtcExpiresAtInstant, Is.Null);

    [Test]
    public void Secrets_never_show_in_the_description_of_a_model()
    {
        var texts = new object[]
        {
            new WazoTokenRequest { RefreshToken = "SECRET-1", SamlSessionId = "SECRET-2", ClientId = "my-app" },
            new WazoToken { Token = "SECRET-1", RefreshToken = "SECRET-2", AuthId = "alice" },
            new WazoUserCreate { Username = "alice", Password = "SECRET-1" },
            new WazoPasswordChange { OldPassword = "SECRET-1", NewPassword = "SECRET-2" },
            new WazoPasswordReset { Password = "SECRET-1" },
            new WazoUserRegistration { Username = "alice", Password = "SECRET-1", EmailAddress = "a@example.com" },
            new WazoLdapConfigUpdate { Host = "h", Port = 389, BindPassword = "SECRET-1", UserBaseDn = "dn", UserLoginAttribute = "uid", UserEmailAttribute = "mail" },
            new WazoExternalConfig { ClientId = "id", ClientSecret = "SECRET-1", FcmApiKey = "SECRET-2", IosApnPrivate = "SECRET-3", FcmServiceAccountInfo = "SECRET-4" },
            new WazoSamlSsoResult { Location = "https://idp", SamlSessionId = "SECRET-1" },
            new WazoOAuthToken { AccessToken = "SECRET-1" },
            new WazoMobileData { Token = "SECRET-1", ApnsToken = "SECRET-2", ApnsVoipToken = "SECRET-3", ApnsNotificationToken = "SECRET-4" },
        }.Select(model => model.ToString()!);

        Assert.Multiple(() =>
        {
            foreach (var text in texts)
            {
                Assert.That(text, Does.Not.Contain("SECRET"));
                Assert.That(text, Does.Contain("***"));
            }
        });
    }

    [Test]
    public void Token_metadata_keeps_the_keys_of_plugins()
    {
        var metadata = JsonSerializer.Deserialize("""{"uuid": "u", "admin": true, "custom_key": "x"}""", Context.WazoTokenMetadata)!;

        Assert.That(metadata.Admin, Is.True);
        Assert.That(metadata.AdditionalProperties!["custom_key"].GetString(), Is.EqualTo("x"));
    }

    private static string Serialize<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!);
        return JsonNode.Parse(json)!.ToJsonString();
    }
}
