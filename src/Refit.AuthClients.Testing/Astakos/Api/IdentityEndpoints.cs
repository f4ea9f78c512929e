using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// <c>POST {I}/tokens</c> (a bodiless call is the public catalog; a body authenticates a user token) and
/// <c>GET {I}/tokens/{token}</c> (validates an OAuth2 access token, optionally against <c>belongsTo</c>).
/// </summary>
internal sealed class IdentityEndpoints(AstakosApi api)
{
    public void Map()
    {
        api.Map("POST", api.Paths.Identity + "/tokens", Authenticate);
        api.Map("GET", api.Paths.Identity + "/tokens/{**tokenId}", Validate);
    }

    private EmulatorReply Authenticate(EmulatorRequest request)
    {
        var access = new JsonObject();
        if (request.HasBody)
        {
            var body = AstakosApi.JsonBody(request) as JsonObject;
            var auth = body?["auth"] as JsonObject;
            var (tokenId, uuid) = Credentials(auth) ?? throw AstakosFaults.BadRequest("Malformed request: missing credentials");
            if (tokenId is null)
            {
                throw AstakosFaults.BadRequest("Malformed request: missing token");
            }

            var user = api.State.UserByToken(tokenId) ?? throw AstakosFaults.Unauthorized("Invalid token");
            api.Validate(user);
            if (uuid is not null && uuid != user.Uuid)
            {
                throw AstakosFaults.Unauthorized("Invalid credentials");
            }

            var tenant = auth!["tenantName"];
            if (tenant is not null && Text(tenant) is { Length: > 0 } tenantName && tenantName != user.Uuid)
            {
                throw AstakosFaults.BadRequest("Not conforming tenantName");
            }

            var projects = api.State.Memberships.Values.Where(m => m.User == user.Uuid && m.IsAccepted).Select(m => m.Project);
            access["token"] = AstakosJson.Token(user.Token, user.TokenExpires, user.DefaultProject ?? user.Uuid, user);
            access["user"] = AstakosJson.User(user, projects);
        }

        access["serviceCatalog"] = AstakosJson.Catalog(api);
        return EmulatorReply.Json(200, Object(("access", access)));
    }

    private EmulatorReply Validate(EmulatorRequest request)
    {
        var state = api.State;
        var code = request.Route("tokenId");
        if (code.Length == 0)
        {
            // The catch-all route also takes "GET {I}/tokens", which the server answers as a wrong method.
            return AstakosFaults.Fault(405, "Method not allowed").WithHeader("Allow", "POST");
        }

        if (!state.OAuth2Tokens.TryGetValue(code, out var token))
        {
            throw AstakosFaults.NotFound("Invalid token");
        }

        if (token.ExpiresAt <= state.Now())
        {
            state.OAuth2Tokens.Remove(code);
            throw AstakosFaults.NotFound("Token has expired");
        }

        var belongsTo = request.QueryValue("belongsTo");
        if (belongsTo is not null && !belongsTo.StartsWith(token.Scope, StringComparison.Ordinal))
        {
            throw AstakosFaults.NotFound("The specified tenant is outside the token's scope");
        }

        var user = state.Users[token.UserUuid];
        return EmulatorReply.Json(200, Object(("access", Object(
            ("token", AstakosJson.Token(token.Code, token.ExpiresAt, user.Uuid, user)),
            ("user", AstakosJson.User(user, projects: null))))));
    }

    /// <summary>The token (and, in the password form, the uuid) of an <c>auth</c> object; null when neither form is there.</summary>
    private static (string? Token, string? Uuid)? Credentials(JsonObject? auth)
    {
        if (auth?["token"] is JsonObject token && token.ContainsKey("id"))
        {
            return (Text(token["id"]), null);
        }

        if (auth?["passwordCredentials"] is JsonObject password && password.ContainsKey("password") && password.ContainsKey("username"))
        {
            return (Text(password["password"]), Text(password["username"]) ?? "");
        }

        return null;
    }

    private static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        null => null,
        JsonValueKind.String => node.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
