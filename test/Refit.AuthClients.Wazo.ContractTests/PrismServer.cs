using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>A Prism mock server of the spec, on 127.0.0.1 and a free port, stopped when disposed.</summary>
internal sealed class PrismServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PrismServer(Process process, int port)
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

    public static async Task<PrismServer> StartAsync(string prismPath, string specPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(prismPath)
        {
            ArgumentList = { "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), specPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var server = new PrismServer(new Process { StartInfo = start }, port);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnsweringAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
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

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with code {_process.ExitCode}:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(BaseUri, "status")));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException($"Prism did not answer within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{RecentOutput}");
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
