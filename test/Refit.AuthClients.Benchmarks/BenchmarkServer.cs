using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// One in-process Kestrel server on 127.0.0.1 answering the fixed JSON of <see cref="Payloads"/>, the same bytes for
/// every variant of a call. The Astakos account API answers under its real prefix and under the placeholder prefix
/// the bare Refit interface sends (it has no prefix handler).
/// </summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchmarkServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The root of the server, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; }

    public static async Task<BenchmarkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(AnswerAsync);
        await app.StartAsync();
        return new BenchmarkServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > 0)
        {
            await request.Body.CopyToAsync(Stream.Null);
        }

        var path = request.Path.Value ?? "/";
        if (HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        var body = path switch
        {
            _ when path.StartsWith(Payloads.WazoPrefix + "/token/", StringComparison.Ordinal) => Payloads.WazoToken,
            Payloads.WazoPrefix + "/users" => Payloads.WazoUsers,
            Payloads.IdentityPrefix + "/tokens" => Payloads.AstakosCatalog,
            Payloads.AccountPrefix + "/user_catalogs" or "/~account/user_catalogs" => Payloads.AstakosUserCatalogs,
            Payloads.AccountPrefix + "/commissions" or "/~account/commissions" => Payloads.AstakosCommission,
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }
}
