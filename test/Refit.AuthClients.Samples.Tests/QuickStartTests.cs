using Refit.AuthClients.Samples.QuickStart;

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
}
