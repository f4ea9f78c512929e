using System.Text;
using Refit.AuthClients.Testing.Astakos.State;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// <c>POST {O}/token</c>: exchanges a single-use authorization code for an access token (grant type
/// <c>authorization_code</c> only, client credentials in Basic auth, a form body). Every error is 400
/// <c>{"error", "exception"}</c>.
/// </summary>
internal sealed class OAuth2Endpoints(AstakosApi api)
{
    private const string FormType = "application/x-www-form-urlencoded";

    private AstakosState State => api.State;

    public void Map() => api.Map("POST", api.Paths.OAuth2 + "/token", Token);

    private EmulatorReply Token(EmulatorRequest request)
    {
        if (!string.Equals(request.ContentType, FormType, StringComparison.OrdinalIgnoreCase))
        {
            throw Error("invalid_request", $"Invalid Content-Type header: {request.ContentType}");
        }

        var client = Client(request.Header("Authorization")) ?? throw Error("invalid_client", "Invalid client credentials");
        var form = request.Form();
        var grantType = form.TryGetValue("grant_type", out var g) ? g.ToString() : "";
        if (grantType != "authorization_code")
        {
            throw Error("unsupported_grant_type", $"Unsupported grant type: {grantType}");
        }

        if (!form.TryGetValue("code", out var codeValue) || !form.TryGetValue("redirect_uri", out var redirect))
        {
            throw Error("invalid_request", "Missing code or redirect_uri");
        }

        var code = State.OAuth2Codes.GetValueOrDefault(codeValue.ToString());
        if (code is null || code.ClientId != client.Id)
        {
            throw Error("invalid_grant", "Invalid authorization code");
        }

        if (code.RedirectUri != redirect.ToString())
        {
            throw Error("invalid_grant", "Mismatching redirect uri");
        }

        State.OAuth2Codes.Remove(code.Code);
        var token = new OAuth2AccessToken(AstakosState.NewCode(), code.UserUuid, code.Scope, State.Now() + State.OAuth2TokenLifetime);
        State.OAuth2Tokens.Add(token.Code, token);
        return EmulatorReply.Json(200, Object(
            ("access_token", token.Code),
            ("token_type", "Bearer"),
            ("expires_in", (long)State.OAuth2TokenLifetime.TotalSeconds)));
    }

    private OAuth2Client? Client(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && State.OAuth2Clients.TryGetValue(pair[..colon], out var client) && client.Secret == pair[(colon + 1)..]
                ? client
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ReplyException Error(string error, string message) =>
        new(EmulatorReply.Json(400, Object(("error", error), ("exception", message))));
}
