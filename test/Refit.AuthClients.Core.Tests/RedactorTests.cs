using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Tests;

public class RedactorTests
{
    [TestCase("http://h/0.1/token/abc", "/0.1/token/***")]
    [TestCase("http://h/0.1/token/abc/scopes/check", "/0.1/token/***/scopes/check")]
    [TestCase("http://h/identity/v2.0/tokens/abc?belongsTo=p", "/identity/v2.0/tokens/***?belongsTo=p")]
    [TestCase("http://h/identity/v2.0/tokens", "/identity/v2.0/tokens")]
    [TestCase("http://h/identity/v2.0/tokens/", "/identity/v2.0/tokens/")]
    [TestCase("http://h/identity/v2.0/tokens/CDEe2k0T/Hdi/JWB==", "/identity/v2.0/tokens/***")]
    [TestCase("http://h/identity/v2.0/tokens/ab//cd==?belongsTo=p", "/identity/v2.0/tokens/***?belongsTo=p")]
    [TestCase("http://h/identity/v2.0/tokens//Secr3t==", "/identity/v2.0/tokens/***")]
    [TestCase("http://h/identity/v2.0/tokens//", "/identity/v2.0/tokens//")]
    [TestCase("http://h/0.1/users/u1/tokens/client-1", "/0.1/users/u1/tokens/***")]
    [TestCase("http://h/0.1/users?search=bob&limit=2", "/0.1/users?search=bob&limit=2")]
    [TestCase("http://h/x?access_token=abc&refresh_token=def&password=p&client_secret=s&a=1", "/x?access_token=***&refresh_token=***&password=***&client_secret=***&a=1")]
    public void Secrets_are_masked_in_paths_and_queries(string uri, string expected) =>
        Assert.That(Redactor.RedactPathAndQuery(new Uri(uri)), Is.EqualTo(expected));

    [Test]
    public void User_info_never_appears_in_a_redacted_uri() =>
        Assert.That(Redactor.RedactUri(new Uri("https://alice:pa55@host:8443/token/t")), Is.EqualTo("https://host:8443/token/***"));

    [Test]
    public void A_relative_or_missing_uri_is_handled() =>
        Assert.Multiple(() =>
        {
            Assert.That(Redactor.RedactPathAndQuery(null), Is.EqualTo("/"));
            Assert.That(Redactor.RedactPathAndQuery(new Uri("token/t", UriKind.Relative)), Is.EqualTo("/token/***"));
        });
}

public class RequestSecretsTests
{
    [Test]
    public void The_tokens_and_credentials_of_the_request_are_masked_in_what_the_service_sent_back()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://h/0.1/token/path-token-1/scopes/check?password=query-pass");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", "header-token-2");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String("alice:basic-pass-3"u8.ToArray()));
        const string Body = "{\"details\":{\"invalid_token\":\"header-token-2\",\"path\":\"path-token-1\",\"p\":\"basic-pass-3\",\"q\":\"query-pass\"},\"user\":\"alice\"}";

        var scrubbed = RequestSecrets.Scrub(Body, request);

        Assert.Multiple(() =>
        {
            Assert.That(scrubbed, Does.Not.Contain("header-token-2").And.Not.Contain("path-token-1").And.Not.Contain("basic-pass-3").And.Not.Contain("query-pass"));
            Assert.That(scrubbed, Does.Contain("\"user\":\"alice\""), "ordinary text stays");
        });
    }

    [Test]
    public void A_token_id_with_slashes_is_masked_whole_in_what_the_service_sent_back()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://h/identity/v2.0/tokens/CDEe2k0T/Hdi%20JWB==");
        const string Body = "{\"itemNotFound\":{\"message\":\"Invalid token CDEe2k0T/Hdi JWB==\",\"raw\":\"CDEe2k0T/Hdi%20JWB==\"}}";

        var scrubbed = RequestSecrets.Scrub(Body, request);

        Assert.That(scrubbed, Is.EqualTo("{\"itemNotFound\":{\"message\":\"Invalid token ***\",\"raw\":\"***\"}}"));
    }

    [Test]
    public void Nothing_to_scrub_leaves_the_text_alone() =>
        Assert.Multiple(() =>
        {
            Assert.That(RequestSecrets.Scrub(null, new HttpRequestMessage()), Is.Null);
            Assert.That(RequestSecrets.Scrub("plain", null), Is.EqualTo("plain"));
        });
}
