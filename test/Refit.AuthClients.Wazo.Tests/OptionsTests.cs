using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Wazo.Tests;

public class OptionsTests
{
    private static readonly object?[][] BaseUrls =
    [
        [443, "/api/auth", "0.1", true, "https://wazo.example.com:443/api/auth/0.1"],
        [9497, null, "0.1", false, "http://wazo.example.com:9497/0.1"],
        [9497, "", "0.1", false, "http://wazo.example.com:9497/0.1"],
        [443, "api", "0.1", true, "https://wazo.example.com:443/api/0.1"],
        [null, "/api/auth", "0.1", true, "https://wazo.example.com/api/auth/0.1"],
        [443, "/api/auth", "", true, "https://wazo.example.com:443/api/auth"],
        [443, "/api/auth", null, true, "https://wazo.example.com:443/api/auth"],
        [443, "/api/auth/", "0.1", true, "https://wazo.example.com:443/api/auth//0.1"],
    ];

    [Test]
    public void The_defaults_are_the_reference_client_defaults()
    {
        var options = new WazoAuthClientOptions { Host = "wazo.example.com" };

        Assert.Multiple(() =>
        {
            Assert.That(options.Port, Is.EqualTo(443));
            Assert.That(options.Prefix, Is.EqualTo("/api/auth"));
            Assert.That(options.Version, Is.EqualTo("0.1"));
            Assert.That(options.Https, Is.True);
            Assert.That(options.VerifyCertificate, Is.True);
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.BuildBaseUrl(), Is.EqualTo("https://wazo.example.com:443/api/auth/0.1"));
        });
    }

    [TestCaseSource(nameof(BaseUrls))]
    public void BuildBaseUrl_writes_the_url_as_the_reference_client_does(int? port, string? prefix, string? version, bool https, string expected)
    {
        var options = new WazoAuthClientOptions { Host = "wazo.example.com", Port = port, Prefix = prefix, Version = version, Https = https };

        Assert.That(options.BuildBaseUrl(), Is.EqualTo(expected));
        Assert.That(options.GetBaseAddress().AbsoluteUri, Is.EqualTo(new Uri(expected + "/").AbsoluteUri));
    }

    [Test]
    public void A_base_uri_is_used_as_given_instead_of_host_port_prefix_and_version()
    {
        var options = new WazoAuthClientOptions { Host = "ignored", Port = 1, BaseUri = new Uri("http://10.0.0.5:9497/0.1") };

        Assert.That(options.BuildBaseUrl(), Is.EqualTo("http://10.0.0.5:9497/0.1"));
        Assert.That(options.GetBaseAddress(), Is.EqualTo(new Uri("http://10.0.0.5:9497/0.1/")));
    }

    [Test]
    public void An_ipv6_host_is_bracketed()
    {
        var options = new WazoAuthClientOptions { Host = "::1", Port = 9497, Prefix = null, Https = false };

        Assert.That(options.BuildBaseUrl(), Is.EqualTo("http://[::1]:9497/0.1"));
        Assert.That(Errors(options), Is.Empty);
    }

    [Test]
    public void Building_without_host_or_base_uri_is_refused()
    {
        Assert.That(() => new WazoAuthClientOptions().BuildBaseUrl(), Throws.InvalidOperationException);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void A_missing_host_is_invalid(string? host) =>
        Assert.That(Errors(new WazoAuthClientOptions { Host = host }), Has.One.Contains("Host is required"));

    [TestCase("https://wazo.example.com")]
    [TestCase("wazo.example.com/api")]
    [TestCase("wazo.example.com:443")]
    public void A_host_with_scheme_path_or_port_is_invalid(string host) =>
        Assert.That(Errors(new WazoAuthClientOptions { Host = host }), Has.One.Contains("is not a host name or address"));

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(65536)]
    public void A_port_out_of_range_is_invalid(int port) =>
        Assert.That(Errors(new WazoAuthClientOptions { Host = "wazo.example.com", Port = port }), Has.One.Contains("Port must be between 1 and 65535"));

    [TestCase(1)]
    [TestCase(65535)]
    public void A_port_in_range_or_none_is_valid(int port)
    {
        Assert.That(Errors(new WazoAuthClientOptions { Host = "wazo.example.com", Port = port }), Is.Empty);
        Assert.That(Errors(new WazoAuthClientOptions { Host = "wazo.example.com", Port = null }), Is.Empty);
    }

    [TestCase("ftp://wazo.example.com/")]
    [TestCase("file:///etc/passwd")]
    public void A_base_uri_that_is_not_http_is_invalid(string uri) =>
        Assert.That(Errors(new WazoAuthClientOptions { BaseUri = new Uri(uri) }), Has.One.Contains("absolute http or https"));

    [Test]
    public void A_relative_base_uri_is_invalid() =>
        Assert.That(Errors(new WazoAuthClientOptions { BaseUri = new Uri("/api/auth/0.1", UriKind.Relative) }), Has.One.Contains("absolute http or https"));

    [Test]
    public void A_base_uri_needs_no_host() =>
        Assert.That(Errors(new WazoAuthClientOptions { BaseUri = new Uri("https://wazo.example.com/api/auth/0.1") }), Is.Empty);

    [Test]
    public void The_shared_checks_still_apply() =>
        Assert.That(Errors(new WazoAuthClientOptions { Host = "wazo.example.com", Timeout = TimeSpan.FromSeconds(-1) }), Has.One.Contains("Timeout"));

    [Test]
    public void ToString_never_shows_the_password_or_the_token()
    {
        var text = new WazoAuthClientOptions { Host = "wazo.example.com", Username = "alice", Password = "pa55word", Token = "tok-123", Tenant = "t1" }.ToString();

        Assert.That(text, Does.Not.Contain("pa55word").And.Not.Contain("tok-123"));
        Assert.That(text, Does.Contain("alice").And.Contain("wazo.example.com").And.Contain("t1"));
    }

    [Test]
    public void Invalid_options_are_reported_when_the_client_is_first_used()
    {
        var services = new ServiceCollection();
        services.AddWazoAuthClient(o => o.Port = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IWazoUserApi>());

        Assert.That(error!.Failures, Has.Some.Contains("Host is required").And.Some.Contains("Port must be between 1 and 65535"));
    }

    [TestCase(null, 443, "Host is required")]
    [TestCase("wazo.example.com", 0, "Port must be between 1 and 65535")]
    [TestCase("https://wazo.example.com", 443, "Host 'https://wazo.example.com' is not a host name or address")]
    public void Invalid_options_fail_at_start(string? host, int port, string problem)
    {
        var services = new ServiceCollection();
        services.AddWazoAuthClient(o =>
        {
            o.Host = host;
            o.Port = port;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.OptionsType, Is.EqualTo(typeof(WazoAuthClientOptions)));
        Assert.That(error.Message, Does.Contain(problem));
    }

    [Test]
    public async Task Calls_go_to_the_daemon_directly_when_configured_so()
    {
        using var h = new WazoHarness(o =>
        {
            o.Port = 9497;
            o.Prefix = null;
            o.Https = false;
        });
        h.Mock.Expect(HttpMethod.Head, "http://wazo.example.com:9497/0.1/status").Respond(System.Net.HttpStatusCode.OK);

        await h.Api<IWazoStatusApi>().CheckAsync();

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task Calls_go_under_a_base_uri_given_without_trailing_slash()
    {
        using var h = new WazoHarness(o => o.BaseUri = new Uri("http://127.0.0.1:4010"));
        h.Mock.Expect(HttpMethod.Get, "http://127.0.0.1:4010/backends").Respond("application/json", WazoExamples.Backends);

        var backends = await h.Api<IWazoBackendApi>().ListAsync();

        Assert.That(backends.Data, Has.Count.EqualTo(2));
        h.Mock.VerifyNoOutstandingExpectation();
    }

    private static List<string> Errors(WazoAuthClientOptions options)
    {
        var errors = new List<string>();
        options.Validate(errors);
        return errors;
    }
}
