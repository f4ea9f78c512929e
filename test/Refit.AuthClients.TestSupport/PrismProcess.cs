using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Refit.AuthClients.TestSupport;

/// <summary>
/// A Prism process on 127.0.0.1 and a free port: a mock of the spec (<c>prism mock</c>) or a validating proxy in
/// front of a real server (<c>prism proxy --errors</c>). Prism serves the spec's paths at its root (it ignores
/// <c>basePath</c>). Stopped when disposed.
/// </summary>
public sealed class PrismProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PrismProcess(Process process, int port)
    {
        _process = process;
        BaseUri = new Uri($"http://127.0.0.1:{port}");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public Uri BaseUri { get; }

    /// <summary>Whether Prism stopped by itself (it dies on some requests it cannot parse).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines Prism wrote, for failure reports.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>Starts <c>prism mock</c>: answers every operation from the spec, rejecting requests that break it.</summary>
    public static Task<PrismProcess> StartMockAsync(string prismPath, string specPath) =>
        StartAsync(prismPath, port => ["mock", "-h", "127.0.0.1", "-p", port, specPath]);

    /// <summary>Starts <c>prism proxy --errors</c>: forwards to <paramref name="upstream"/> and fails what breaks the spec.</summary>
    public static Task<PrismProcess> StartValidatingProxyAsync(string prismPath, string specPath, Uri upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        return StartAsync(prismPath, port => ["proxy", "--errors", "-h", "127.0.0.1", "-p", port, specPath, upstream.ToString()]);
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

    private static async Task<PrismProcess> StartAsync(string prismPath, Func<string, string[]> arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(prismPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments(port.ToString(CultureInfo.InvariantCulture)))
        {
            start.ArgumentList.Add(argument);
        }

        var prism = new PrismProcess(new Process { StartInfo = start }, port);
        prism._process.Start();
        prism._process.BeginOutputReadLine();
        prism._process.BeginErrorReadLine();
        try
        {
            await prism.WaitUntilListeningAsync();
        }
        catch
        {
            await prism.DisposeAsync();
            throw;
        }

        return prism;
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
