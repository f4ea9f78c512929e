using System.Text.Json;
using Refit.AuthClients.Samples.QuickStart;
using Refit.AuthClients.Testing.Astakos;
using Refit.AuthClients.Testing.Wazo;

namespace Refit.AuthClients.Samples.Tests;

public class QuickStartTests
{
    [Test]
    public async Task With_no_arguments_it_walks_through_every_flow_on_the_emulators_and_exits_0()
    {
        using var output = new StringWriter();

        var exitCode = await QuickStartProgram.RunAsync([], output);

        var transcript = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, transcript);
            Assert.That(transcript, Does.Contain("create a token (basic auth)"));
            Assert.That(transcript, Does.Match(@"is it valid\?\s+yes"));
            Assert.That(transcript, Does.Match(@"is it valid for 'confd\.users\.read'\?\s+no"));
            Assert.That(transcript, Does.Contain("check scopes").And.Contain("auth.users.me.read=yes").And.Contain("confd.users.read=no"));
            Assert.That(transcript, Does.Match(@"list users\s+2 in total: alice, bob"));
            Assert.That(transcript, Does.Contain("renew the token (refresh token)"));
            Assert.That(transcript, Does.Match(@"authenticate the user token\s+alice@example\.org"));
            Assert.That(transcript, Does.Match(@"quota cyclades\.vm .*usage 0 of 2"));
            Assert.That(transcript, Does.Match(@"quota cyclades\.vm .*usage 1 of 2"));
            Assert.That(transcript, Does.Contain("QuotaLimitException: Limit for resource").And.Contain("Available: 1, Requested: 100"));
            Assert.That(transcript, Does.Not.Contain("alice-secret"), "the password never shows");
        });
    }

    [TestCase("--bogus", "x")]
    [TestCase("--wazo-url", "http://127.0.0.1:1/0.1")]
    [TestCase("--astakos-url", "ftp://example.org/")]
    public async Task Bad_arguments_print_the_usage_and_exit_2(string name, string value)
    {
        using var output = new StringWriter();

        var exitCode = await QuickStartProgram.RunAsync([name, value], output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(output.ToString(), Does.Contain(name));
        });
    }

    [Test]
    public async Task Against_an_unreachable_real_server_it_reports_the_typed_error_and_exits_1()
    {
        using var output = new StringWriter();

        var exitCode = await QuickStartProgram.RunAsync(["--wazo-url", "http://127.0.0.1:1/0.1", "--username", "u", "--password", "p"], output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output.ToString(), Does.Contain("FAILED: WazoAuthConnectionException"));
        });
    }

    [Test]
    public async Task Against_real_servers_it_runs_the_read_only_flows_and_leaves_nothing_behind()
    {
        await using var wazo = await WazoAuthEmulator.StartAsync();
        var admin = wazo.AddPolicy("admin", "auth.#");
        var carol = wazo.AddUser("carol", "carol-secret", admin);
        await using var astakos = await AstakosEmulator.StartAsync();
        var dave = astakos.AddUser("dave@example.org");
        using var output = new StringWriter();

        var exitCode = await QuickStartProgram.RunAsync(
            ["--wazo-url", wazo.BaseUri.ToString(), "--username", "carol", "--password", "carol-secret", "--astakos-url", astakos.AuthUrl.ToString(), "--token", dave.Token],
            output);

        var transcript = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, transcript);
            Assert.That(transcript, Does.Match(@"is it valid\?\s+yes"));
            Assert.That(transcript, Does.Contain("revoke the token"));
            Assert.That(transcript, Does.Not.Contain("create a policy").And.Not.Contain("renew the token"), "nothing is written");
            Assert.That(transcript, Does.Match(@"authenticate the user token\s+dave@example\.org"));
            Assert.That(transcript, Does.Not.Contain("issue a commission"));
            Assert.That(transcript, Does.Not.Contain("carol-secret").And.Not.Contain(dave.Token));
        });
        Assert.That(await RefreshTokenCountAsync(wazo, wazo.IssueToken(carol)), Is.Zero, "no refresh token stays on the server");
    }

    private static async Task<int> RefreshTokenCountAsync(WazoAuthEmulator wazo, string adminToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, wazo.BaseUri + "/tokens");
        request.Headers.Add("X-Auth-Token", adminToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("total").GetInt32();
    }
}
