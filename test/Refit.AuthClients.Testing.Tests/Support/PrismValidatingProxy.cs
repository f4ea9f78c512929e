using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Refit.AuthClients.Testing.Tests.Support;

/// <summary>
/// <c>prism proxy --errors SPEC UPSTREAM</c> on 127.0.0.1: forwards every request to the upstream and answers 500 with
/// the violations instead of any request or response that breaks the spec. Stopped when disposed.
/// </summary>
internal sealed class PrismValidatingProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PrismValidatingProxy(Process process, int port)
    {
        _process = process;
        BaseUri = new Uri($"http://127.0.0.1:{port}");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>Where to send requests; Prism serves the spec's paths at its root (it ignores <c>basePath</c>).</summary>
    public Uri BaseUri { get; }

    /// <summary>The last lines Prism wrote, for failure reports.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    public static async Task<PrismValidatingProxy> StartAsync(string prismPath, string specPath, Uri upstream)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(prismPath)
        {
            ArgumentList =
            {
                "proxy", "--errors", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), specPath, upstream.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var proxy = new PrismValidatingProxy(new Process { StartInfo = start }, port);
        proxy._process.Start();
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();
        try
        {
            await proxy.WaitUntilListeningAsync();
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with code {_process.ExitCode}:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, BaseUri.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Prism did not listen within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
