using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Tests;

public class RedactorTests
{
    [TestCase("http://h/0.1/token/abc", "/0.1/token/***")]
    [TestCase("http://h/0.1/token/abc/scopes/check", "/0.1/token/***/scopes/check")]
    [TestCase("http://h/identity/v2.0/tokens/abc?belongsTo=p", "/identity/v2.0/tokens/***?belongsTo=p")]
    [TestCase("http://h/identity/v2.0/tokens", "/identity/v2.0/tokens")]
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
