using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose answers are scripted per test: a queue of faults per path (and one for any
/// path), then the success body. It counts the requests per path and the sockets it accepted, and records every
/// header it received.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private const string AnyPath = "*";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _scripts = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private int _acceptedSockets;
    private int _disposed;

    private FaultServer(WebApplication app) => _app = app;

    /// <summary>The root of the server, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The body answered when no fault is scheduled, as a function of the request.</summary>
    public Func<ReceivedRequest, string> SuccessBody { get; set; } = _ => "{}";

    /// <summary>The status answered with the success body.</summary>
    public int SuccessStatus { get; set; } = StatusCodes.Status200OK;

    /// <summary>Where a scripted redirect points.</summary>
    public Uri? RedirectTarget { get; set; }

    /// <summary>How long a stall lasts (it ends early when the client goes away).</summary>
    public TimeSpan Stall { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Every header received, as <c>name: value</c>, all requests together.</summary>
    public ConcurrentQueue<string> ReceivedHeaders { get; } = new();

    /// <summary>Sockets accepted since the last <see cref="Reset"/>.</summary>
    public int AcceptedSockets => Volatile.Read(ref _acceptedSockets);

    /// <summary>Requests received since the last <see cref="Reset"/>, all paths together.</summary>
    public int Requests => _hits.Values.Sum();

    public static async Task<FaultServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        FaultServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // The 10 MB body and the 1,000 concurrent calls must not meet Kestrel's protections.
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Limits.MaxConcurrentConnections = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
                listen.Use(next => connection =>
                {
                    Interlocked.Increment(ref server!._acceptedSockets);
                    return next(connection);
                }));
        });
        var app = builder.Build();
        server = new FaultServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Urls.First() + "/");
        return server;
    }

    /// <summary>Schedules faults for the next requests to any path, in order (after the path's own script).</summary>
    public void Script(params Fault[] faults) => ScriptPath(AnyPath, faults);

    /// <summary>Schedules faults for the next requests to <paramref name="path"/>, in order.</summary>
    public void ScriptPath(string path, params Fault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var queue = _scripts.GetOrAdd(path, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults)
        {
            if (fault == Fault.ConnectionRefused)
            {
                throw new ArgumentException("A refused connection is made by disposing the server the client points at: its port then refuses.", nameof(faults));
            }

            queue.Enqueue(fault);
        }
    }

    /// <summary>Requests received on <paramref name="path"/> since the last <see cref="Reset"/>.</summary>
    public int HitsOn(string path) => _hits.TryGetValue(path, out var hits) ? hits : 0;

    /// <summary>Forgets the scripts, the counts and the recorded headers.</summary>
    public void Reset()
    {
        _scripts.Clear();
        _hits.Clear();
        ReceivedHeaders.Clear();
        Volatile.Write(ref _acceptedSockets, 0);
    }

    /// <summary>Stops the server; its port refuses connections from then on. Safe to call again.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Fault NextFault(string path)
    {
        foreach (var key in (ReadOnlySpan<string>)[path, AnyPath])
        {
            if (_scripts.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault))
            {
                return fault;
            }
        }

        return Fault.None;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        foreach (var header in context.Request.Headers)
        {
            ReceivedHeaders.Enqueue($"{header.Key}: {header.Value}");
        }

        // Reading the whole body first makes a reset below a reset, not a half-read request.
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new ReceivedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, body);

        var fault = NextFault(path);
        try
        {
            await AnswerAsync(context, fault, request);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away mid-answer (a timeout or a refused oversized body): nothing more to do.
        }
    }

    private async Task AnswerAsync(HttpContext context, Fault fault, ReceivedRequest request)
    {
        var response = context.Response;
        switch (fault)
        {
            case Fault.None:
                response.StatusCode = SuccessStatus;
                response.ContentType = "application/json";
                await response.WriteAsync(SuccessBody(request));
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
            case Fault.Status429WithRetryAfter or Fault.Status503WithRetryAfter:
                response.StatusCode = fault == Fault.Status429WithRetryAfter
                    ? StatusCodes.Status429TooManyRequests
                    : StatusCodes.Status503ServiceUnavailable;
                response.Headers.RetryAfter = "1";
                response.ContentType = "application/json";
                await response.WriteAsync("{\"message\":\"slow down\"}");
                break;
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
                await Task.Delay(Stall, context.RequestAborted);
                break;
            case Fault.TruncatedJson:
                response.ContentType = "application/json";
                var whole = SuccessBody(request);
                await response.WriteAsync(whole[..(whole.Length / 2)]);
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
                await response.Body.WriteAsync(InvalidUtf8.Corrupt(SuccessBody(request)));
                break;
            case Fault.TenMegabyteBody:
                response.ContentType = "application/json";
                var chunk = Encoding.UTF8.GetBytes(new string(' ', 64 * 1024));
                await response.WriteAsync("{\"padding\":\"");
                for (var written = 0; written < 10 * 1024 * 1024; written += chunk.Length)
                {
                    await response.Body.WriteAsync(chunk, context.RequestAborted);
                }

                await response.WriteAsync("\"}");
                break;
            case Fault.Status401:
                response.StatusCode = StatusCodes.Status401Unauthorized;
                response.ContentType = "application/json";
                await response.WriteAsync("{\"message\":\"Unauthorized\",\"error_id\":\"invalid-token\"}");
                break;
            case Fault.RedirectToAnotherHost:
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = (RedirectTarget ?? new Uri("http://127.0.0.2:1/")).ToString();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault.");
        }
    }
}
