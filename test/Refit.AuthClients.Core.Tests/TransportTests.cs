using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Http;
using Refit.AuthClients.Options;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Tests;

/// <summary>What goes on the wire, checked against a real server on 127.0.0.1.</summary>
public class TransportTests
{
    [Test]
    public async Task A_redirect_is_never_followed_so_the_token_never_reaches_another_host()
    {
        var elsewhereHits = 0;
        await using var elsewhere = await LoopbackServer.StartAsync(context =>
        {
            Interlocked.Increment(ref elsewhereHits);
            return context.Response.WriteAsync("{\"name\":\"stolen\",\"size\":0}");
        });
        await using var service = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = new Uri(elsewhere.Address, "things/1").ToString();
            return Task.CompletedTask;
        });
        using var provider = BuildRealClient(service.Address, new StaticTokenSource("redirect-secret"));
        var api = provider.GetRequiredService<ITestApi>();

        var ex = await Assert.ThrowsAsync<TestException>(() => api.GetThingAsync("1"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Found));
            Assert.That(elsewhereHits, Is.Zero);
            Assert.That(ex.ToString(), Does.Not.Contain("redirect-secret"));
        });
    }

    [Test]
    public async Task A_JSON_body_goes_out_with_Content_Length_and_never_chunked()
    {
        string? contentLength = null;
        string? transferEncoding = null;
        string? userAgent = null;
        await using var service = await LoopbackServer.StartAsync(async context =>
        {
            contentLength = context.Request.Headers.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            transferEncoding = context.Request.Headers.TransferEncoding.ToString();
            userAgent = context.Request.Headers.UserAgent.ToString();
            using var reader = new StreamReader(context.Request.Body);
            await context.Response.WriteAsync(await reader.ReadToEndAsync());
        });
        using var provider = BuildRealClient(service.Address, StaticTokenSource.None);

        var echoed = await provider.GetRequiredService<ITestApi>().CreateThingAsync(new Thing("sent", 7));

        Assert.Multiple(() =>
        {
            Assert.That(echoed, Is.EqualTo(new Thing("sent", 7)));
            Assert.That(contentLength, Is.EqualTo("24"));
            Assert.That(transferEncoding, Is.Empty);
            Assert.That(userAgent, Does.StartWith("Refit.AuthClients/"));
        });
    }

    [Test]
    public async Task A_custom_User_Agent_replaces_the_default()
    {
        using var harness = new Harness(o => o.UserAgent = "my-app/2.0");
        harness.Mock.Expect("http://test.local/things/1").WithHeaders("User-Agent", "my-app/2.0").Respond("application/json", "{\"name\":\"a\",\"size\":1}");

        await harness.Api.GetThingAsync("1");

        harness.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void The_primary_handler_turns_redirects_off_and_verifies_certificates_by_default()
    {
        using var handler = PrimaryHandlerFactory.Create(new TestOptions());

        Assert.Multiple(() =>
        {
            Assert.That(handler.AllowAutoRedirect, Is.False);
            Assert.That(handler.SslOptions.RemoteCertificateValidationCallback, Is.Null, "system verification");
            Assert.That(handler.MaxConnectionsPerServer, Is.EqualTo(AuthClientOptions.DefaultMaxConnectionsPerServer), "connections capped");
        });
    }

    [Test]
    public void The_connection_cap_comes_from_the_options()
    {
        using var handler = PrimaryHandlerFactory.Create(new TestOptions { MaxConnectionsPerServer = 4 });

        Assert.That(handler.MaxConnectionsPerServer, Is.EqualTo(4));
    }

    [Test]
    public void A_connection_cap_below_one_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TestOptions { MaxConnectionsPerServer = 0 }.EnsureValid());

        Assert.That(ex!.Message, Does.Contain("MaxConnectionsPerServer"));
    }

    [Test]
    public void Verification_can_be_turned_off_explicitly()
    {
        using var handler = PrimaryHandlerFactory.Create(new TestOptions { VerifyCertificate = false });

        Assert.That(handler.SslOptions.RemoteCertificateValidationCallback!(this, null, null, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors), Is.True);
    }

    [Test]
    public void A_CA_bundle_is_accepted_and_trusts_its_certificates_only()
    {
        var bundle = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"ca-{Guid.NewGuid():N}.pem");
        using var ca = CreateCertificate("CN=Test Root CA");
        using var stranger = CreateCertificate("CN=Stranger");
        File.WriteAllText(bundle, ca.ExportCertificatePem());
        try
        {
            var options = new TestOptions { CaBundlePath = bundle };
            using var handler = PrimaryHandlerFactory.Create(options);
            var validate = handler.SslOptions.RemoteCertificateValidationCallback!;

            Assert.Multiple(() =>
            {
                Assert.That(() => options.EnsureValid(), Throws.Nothing);
                Assert.That(validate(this, ca, null, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors), Is.True);
                Assert.That(validate(this, stranger, null, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors), Is.False);
            });
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Test]
    public void A_missing_CA_bundle_is_rejected_at_start_with_a_clear_error()
    {
        var services = new ServiceCollection();
        services.Configure<TestOptions>(o => o.CaBundlePath = "/nowhere/ca.pem");
        services.AddAuthHttpClient<TestOptions>(TestService.Description, o => o.BaseAddress, apis => apis.Add<ITestApi>());
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<TestOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain("/nowhere/ca.pem").And.Contain("does not exist"));
    }

    [Test]
    public void A_file_that_is_not_PEM_is_rejected_with_a_clear_error()
    {
        var bundle = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"bad-{Guid.NewGuid():N}.pem");
        File.WriteAllText(bundle, "not a certificate");
        try
        {
            var ex = Assert.Throws<ArgumentException>(() => new TestOptions { CaBundlePath = bundle }.EnsureValid());

            Assert.That(ex!.Message, Does.Contain(bundle).And.Contain("no PEM certificate"));
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Test]
    public void Bad_timeouts_and_retry_counts_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TestOptions { Timeout = TimeSpan.Zero, Retry = -1 }.EnsureValid());

        Assert.That(ex!.Message, Does.Contain("Timeout").And.Contain("Retry"));
    }

    private static ServiceProvider BuildRealClient(Uri address, ITokenSource tokens)
    {
        var services = new ServiceCollection();
        services.Configure<TestOptions>(o => o.BaseAddress = address);
        services.AddAuthHttpClient<TestOptions>(TestService.Description, o => o.BaseAddress, apis => apis.Add<ITestApi>(), _ => tokens);
        return services.BuildServiceProvider();
    }

    private static X509Certificate2 CreateCertificate(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }
}
