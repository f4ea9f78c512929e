using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose answers are scripted per test: a queue of faults, then the success body.
/// It counts the requests per path and the sockets it accepted, and records every header it received.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Fault> _script = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private int _acceptedSockets;

    private FaultServer(WebApplication app) => _app = app;

    /// <summary>The root of the server, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The body answered when no fault is scheduled (per request path, or the default).</summary>
    public Func<HttpRequest, string> SuccessBody { get; set; } = _ => "{}";

    /// <summary>The status answered with the success body.</summary>
    public int SuccessStatus { get; set; } = StatusCodes.Status200OK;

    /// <summary>Where a scripted redirect points.</summary>
    public Uri? RedirectTarget { get; set; }

    /// <summary>How long a stall lasts.</summary>
    public TimeSpan Stall { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Every header value received, all requests together.</summary>
    public ConcurrentBag<string> ReceivedHeaderValues { get; } = [];

    /// <summary>Sockets accepted so far.</summary>
    public int AcceptedSockets => Volatile.Read(ref _acceptedSockets);

    /// <summary>Requests received so far, all paths together.</summary>
    public int Requests => _hits.Values.Sum();

    public static async Task<FaultServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        FaultServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            listen.Use(next => connection =>
            {
                Interlocked.Increment(ref server!._acceptedSockets);
                return next(connection);
            })));
        var app = builder.Build();
        server = new FaultServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Urls.First() + "/");
        return server;
    }

    /// <summary>A loopback URI where nothing listens: connecting to it is refused.</summary>
    public static Uri RefusingAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Schedules faults for the next requests, in order.</summary>
    public void Script(params Fault[] faults)
    {
        foreach (var fault in faults)
        {
            _script.Enqueue(fault);
        }
    }

    /// <summary>Forgets the script and the counts.</summary>
    public void Reset()
    {
        _script.Clear();
        _hits.Clear();
        ReceivedHeaderValues.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        _hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
        foreach (var header in context.Request.Headers)
        {
            ReceivedHeaderValues.Add($"{header.Key}: {header.Value}");
        }

        if (context.Request.ContentLength > 0)
        {
            // Drain the body so a reset below is a reset, not a half-read request.
            await context.Request.Body.CopyToAsync(Stream.Null);
        }

        var fault = _script.TryDequeue(out var next) ? next : Fault.None;
        var response = context.Response;
        switch (fault)
        {
            case Fault.None:
                response.StatusCode = SuccessStatus;
                response.ContentType = "application/json";
                await response.WriteAsync(SuccessBody(context.Request));
                break;
            case Fault.Status500 or Fault.Status502 or Fault.Status503 or Fault.Status504 or Fault.Status408:
                response.StatusCode = fault switch
                {
                    Fault.Status500 => 500,
                    Fault.Status502 => 502,
                    Fault.Status503 => 503,
                    Fault.Status504 => 504,
                    _ => 408,
                };
                response.ContentType = "application/json";
                await response.WriteAsync("{\"message\":\"scripted failure\"}");
                break;
            case Fault.Status429WithRetryAfter:
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "1";
                break;
            case Fault.ConnectionRefused:
                throw new InvalidOperationException("A refused connection is scripted by pointing the client at RefusingAddress().");
            case Fault.ResetAfterHeaders:
                response.ContentType = "application/json";
                response.ContentLength = 1000;
                await response.StartAsync();
                await response.Body.FlushAsync();
                context.Abort();
                break;
            case Fault.ResetMidBody:
                response.ContentType = "application/json";
                response.ContentLength = 1000;
                await response.WriteAsync("{\"data\":{\"token\":\"abc");
                await response.Body.FlushAsync();
                context.Abort();
                break;
            case Fault.StallPastTimeout:
                await Task.Delay(Stall, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case Fault.TruncatedJson:
                response.ContentType = "application/json";
                await response.WriteAsync("{\"data\":{\"token\":\"abc\",");
                break;
            case Fault.Html200 or Fault.Html502:
                response.StatusCode = fault == Fault.Html200 ? 200 : 502;
                response.ContentType = "text/html";
                await response.WriteAsync("<html><body><h1>Bad Gateway</h1></body></html>");
                break;
            case Fault.Empty200:
                response.ContentType = "application/json";
                break;
            case Fault.InvalidUtf8:
                response.ContentType = "application/json";
                var bytes = Encoding.UTF8.GetBytes(SuccessBody(context.Request));
                var quote = Array.IndexOf(bytes, (byte)'"', Array.IndexOf(bytes, (byte)':') + 1);
                if (quote >= 0 && quote + 1 < bytes.Length)
                {
                    bytes[quote + 1] = 0xC3;
                    bytes[quote + 2] = 0x28;
                }

                await response.Body.WriteAsync(bytes);
                break;
            case Fault.TenMegabyteBody:
                response.ContentType = "application/json";
                var chunk = Encoding.UTF8.GetBytes(new string(' ', 64 * 1024));
                await response.WriteAsync("{\"padding\":\"");
                for (var written = 0; written < 10 * 1024 * 1024; written += chunk.Length)
                {
                    await response.Body.WriteAsync(chunk);
                }

                await response.WriteAsync("\"}");
                break;
            case Fault.RedirectToAnotherHost:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = (RedirectTarget ?? new Uri("http://127.0.0.2:1/")).ToString();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(context), fault, "Unknown fault.");
        }
    }
}
