using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Http;
using Refit.AuthClients.Redaction;
using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Tests;

/// <summary>What a server may echo never carries a secret out, and odd answers or tokens are reported for what they are.</summary>
public class SecrecyAndRobustnessTests
{
    private const string Token = "ab+cd/ef=gh/IJKLmnop-1234";

    [Test]
    public async Task A_reason_phrase_echoing_the_token_is_scrubbed()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Invalid token " + context.Request.Headers["X-Auth-Token"];
            return Task.CompletedTask;
        });
        using var provider = Client(server.Address, new StaticTokenSource(Token));

        var error = await Assert.ThrowsAsync<TestException>(() => provider.GetRequiredService<ITestApi>().GetThingAsync("1"));

        Assert.That(error!.ReasonPhrase, Is.EqualTo("Invalid token ***"));
        Assert.That(error.ToString(), Does.Not.Contain(Token));
    }

    [TestCase("https://sso.example/login?return_to=https%3A%2F%2Fsvc%2Fthings%2F{0}", "https://sso.example/login?return_to=https%3A%2F%2Fsvc%2Fthings%2F***")]
    [TestCase("/things/1?state={0}", "/things/1?state=***")]
    public async Task A_redirect_target_echoing_the_token_is_scrubbed(string location, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = string.Format(System.Globalization.CultureInfo.InvariantCulture, location, "plainToken1234");
            return Task.CompletedTask;
        });
        using var provider = Client(server.Address, new StaticTokenSource("plainToken1234"));

        var error = await Assert.ThrowsAsync<TestException>(() => provider.GetRequiredService<ITestApi>().GetThingAsync("1"));

        Assert.That(error!.Info.RedirectLocation, Does.EndWith(expected));
        Assert.That(error.ToString(), Does.Not.Contain("plainToken1234"));
    }

    [TestCase("url-encoded")]
    [TestCase("json-escaped")]
    [TestCase("base64")]
    [TestCase("json-unicode-escaped")]
    [TestCase("cut at the bound")]
    public void A_token_echoed_in_another_form_or_cut_off_is_masked(string form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://h/things/1");
        request.Headers.TryAddWithoutValidation("X-Auth-Token", Token);
        var echoed = form switch
        {
            "url-encoded" => Uri.EscapeDataString(Token),
            "json-escaped" => Token.Replace("/", "\\/", StringComparison.Ordinal),
            "base64" => Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)),
            "json-unicode-escaped" => System.Text.Json.JsonEncodedText.Encode(Token).ToString(),
            _ => Token[..12],
        };

        var scrubbed = RequestSecrets.Scrub("{\"invalid_token\":\"" + (form == "cut at the bound" ? echoed : echoed + "\"}"), request);

        Assert.That(scrubbed, Does.Not.Contain(echoed).And.Contain("***"));
    }

    [Test]
    public async Task A_body_cut_at_the_bound_never_ends_with_half_a_character()
    {
        using var content = new StringContent(new string('a', ResponseBodyReader.MaxBodyChars - 1) + "\U0001F600 and more");

        var body = await ResponseBodyReader.ReadBoundedAsync(content, CancellationToken.None);

        Assert.That(body, Has.Length.EqualTo(ResponseBodyReader.MaxBodyChars - 1));
        Assert.That(char.IsSurrogate(body![^1]), Is.False);
    }

    [TestCase("text/plain; charset=iso-8859-1", "Québec")]
    [TestCase("text/plain; charset=utf-8", "Québec")]
    [TestCase("text/plain; charset=no-such-charset", "Qu\uFFFDbec")]
    [TestCase("text/plain; charset=utf-7", "Qu\uFFFDbec")]
    public async Task A_body_is_read_in_the_charset_it_names(string contentType, string expected)
    {
        var bytes = contentType.Contains("utf-8", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes("Québec") : Encoding.Latin1.GetBytes("Québec");
        using var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var body = await ResponseBodyReader.ReadBoundedAsync(content, CancellationToken.None);

        Assert.That(body, Is.EqualTo(expected));
    }

    [Test]
    public async Task An_error_with_a_body_over_the_size_limit_keeps_its_status_and_is_retried()
    {
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync(new string('x', 3_000_000));
                return;
            }

            await context.Response.WriteAsync("{\"name\":\"ok\",\"size\":1}");
        });
        using var provider = Client(server.Address, new StaticTokenSource("t0k3n"), o =>
        {
            o.MaxResponseSize = 1_000_000;
            o.Retry = 1;
        });

        var thing = await provider.GetRequiredService<ITestApi>().GetThingAsync("1");

        Assert.That(thing.Name, Is.EqualTo("ok"));
        Assert.That(requests, Is.EqualTo(2));
    }

    [Test]
    public async Task An_oversized_error_that_is_final_is_reported_with_its_status_and_the_start_of_its_body()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.Response.WriteAsync("{\"message\":\"bad\"}" + new string(' ', 3_000_000));
        });
        using var provider = Client(server.Address, new StaticTokenSource("t0k3n"), o => o.MaxResponseSize = 1_000_000);

        var error = await Assert.ThrowsAsync<TestException>(() => provider.GetRequiredService<ITestApi>().GetThingAsync("1"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.ResponseBody, Does.StartWith("{\"message\":\"bad\"}").And.Length.EqualTo(ResponseBodyReader.MaxBodyChars));
    }

    [Test]
    public async Task A_token_source_that_fails_gives_its_own_error_not_a_connection_error()
    {
        using var harness = new Harness(tokenSource: new DelegateTokenSource(_ => throw new InvalidOperationException("vault down")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Api.GetThingAsync("1"));

        Assert.That(error!.Message, Is.EqualTo("vault down"));
        Assert.That(harness.Mock.GetMatchCount(harness.Mock.Fallback), Is.Zero);
    }

    [TestCase("abc\r\nX-Evil: 1")]
    [TestCase("tökenX")]
    [TestCase("with space")]
    public async Task A_token_that_cannot_go_in_a_header_is_never_sent(string token)
    {
        using var fromSource = new Harness(tokenSource: new StaticTokenSource(token));
        using var perCall = new Harness();

        var sourceError = await Assert.ThrowsAsync<InvalidOperationException>(() => fromSource.Api.GetThingAsync("1"));
        var callError = await Assert.ThrowsAsync<ArgumentException>(() => perCall.Api.GetThingWithTokenAsync("1", token));

        Assert.That(sourceError!.Message, Does.Not.Contain(token));
        Assert.That(callError!.Message, Does.Not.Contain(token));
        Assert.That(fromSource.Mock.GetMatchCount(fromSource.Mock.Fallback) + perCall.Mock.GetMatchCount(perCall.Mock.Fallback), Is.Zero);
    }

    [TestCase("pwd")]
    [TestCase("passwd")]
    [TestCase("sessionid")]
    [TestCase("signature")]
    [TestCase("jwt")]
    [TestCase("otp")]
    [TestCase("SAMLResponse")]
    public void Common_secret_query_names_are_masked(string name) =>
        Assert.That(Redactor.RedactPathAndQuery(new Uri($"http://h/p?{name}=S3cr3t&page=2")), Is.EqualTo($"/p?{name}=***&page=2"));

    [Test]
    public void A_CA_bundle_trusts_a_server_that_sends_its_intermediate()
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var root = CaRequest("CN=Root", rootKey).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var intermediateCert = CaRequest("CN=Intermediate", intermediateKey).Create(root, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(20), [1]);
        using var intermediate = intermediateCert.CopyWithPrivateKey(intermediateKey);
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var leaf = new CertificateRequest("CN=localhost", leafKey, HashAlgorithmName.SHA256)
            .Create(intermediate, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), [2]);
        var validate = CaBundle.CreateValidator([root]);
        using var presented = new X509Chain();
        presented.ChainPolicy.ExtraStore.Add(intermediateCert);
        using var withoutIntermediate = new X509Chain();

        Assert.Multiple(() =>
        {
            Assert.That(validate(this, leaf, presented, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors), Is.True);
            Assert.That(validate(this, leaf, withoutIntermediate, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors), Is.False);
        });
    }

    private static CertificateRequest CaRequest(string subject, ECDsa key)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request;
    }

    private static ServiceProvider Client(Uri address, ITokenSource tokens, Action<TestOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.Configure<TestOptions>(o =>
        {
            o.BaseAddress = address;
            o.RetryBaseDelay = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        services.AddAuthHttpClient<TestOptions>(TestService.Description, o => o.BaseAddress, apis => apis.Add<ITestApi>(), _ => tokens);
        return services.BuildServiceProvider();
    }
}
