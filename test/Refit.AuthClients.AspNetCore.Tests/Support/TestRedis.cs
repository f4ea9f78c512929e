using System.Net.Sockets;
using System.Text;

namespace Refit.AuthClients.AspNetCore.Tests.Support;

/// <summary>The local Redis the CI starts (<c>.ci/install-redis.sh</c>): port from <c>REDIS_TEST_PORT</c>, else 6399.</summary>
internal static class TestRedis
{
    public static int Port =>
        int.TryParse(Environment.GetEnvironmentVariable("REDIS_TEST_PORT"), out var port) ? port : 6399;

    public static string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000";

    /// <summary>Skips the test when Redis does not answer, unless on CI (<c>CI=true</c>), where it fails.</summary>
    public static async Task RequireAsync()
    {
        if (await AnswersAsync())
        {
            return;
        }

        var message = $"Redis does not answer on 127.0.0.1:{Port}: run .ci/install-redis.sh (or set REDIS_TEST_PORT).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
    }

    private static async Task<bool> AnswersAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
