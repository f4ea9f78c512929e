using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>What every Astakos endpoint shares: state, routing, token checks and the JSON body rules.</summary>
internal sealed class AstakosApi(AstakosState state, AstakosPaths paths, IEndpointRouteBuilder routes)
{
    public const string TokenHeader = "X-Auth-Token";

    public AstakosState State { get; } = state;

    public AstakosPaths Paths { get; } = paths;

    /// <summary>The server root, known once the server has started.</summary>
    public Uri Root { get; set; } = new("http://127.0.0.1/");

    /// <summary>The absolute URL of a server path, as published in the service catalog.</summary>
    public string Absolute(string path) => new Uri(Root, path.TrimStart('/')).ToString();

    /// <summary>
    /// Maps a handler. Django reads a body only as far as <c>Content-Length</c> says, so a chunked body reads as
    /// empty here too (which makes <c>POST {I}/tokens</c> the public catalog).
    /// </summary>
    public void Map(string method, string path, Func<EmulatorRequest, EmulatorReply> handler) =>
        routes.MapMethods(path, [method], SynchronizedEndpoint.Create(State.Gate, handler, bodyNeedsLength: true));

    /// <summary>The end user holding the request's token, checked as the server does (active, not expired).</summary>
    public AstakosUserRecord RequireUser(EmulatorRequest request)
    {
        var user = State.UserByToken(request.Header(TokenHeader)) ?? throw AstakosFaults.Unauthorized("Invalid X-Auth-Token");
        Validate(user);
        return user;
    }

    /// <summary>The registered component holding the request's token: user tokens are refused.</summary>
    public AstakosComponent RequireComponent(EmulatorRequest request) =>
        State.ComponentByToken(request.Header(TokenHeader)) ?? throw AstakosFaults.Unauthorized("Invalid X-Auth-Token");

    public void Validate(AstakosUserRecord user)
    {
        if (!user.IsActive)
        {
            throw AstakosFaults.Unauthorized("User inactive");
        }

        if (user.TokenExpires <= State.Now())
        {
            throw AstakosFaults.Unauthorized("Authentication expired");
        }
    }

    /// <summary>The body as the server's JSON helper reads it: labelled <c>application/json</c> and decodable.</summary>
    public static JsonNode? JsonBody(EmulatorRequest request)
    {
        var contentType = request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw AstakosFaults.BadRequest($"Unsupported Content-type: '{contentType}'");
        }

        var body = request.Json();
        return body.IsValid ? body.Node : throw AstakosFaults.BadRequest("Could not decode request body as JSON");
    }

    public static string IsoTime(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);
}
