using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary><c>POST /token</c>, <c>GET|HEAD|DELETE /token/{token}</c> and <c>POST /token/{token}/scopes/check</c>.</summary>
internal sealed class TokenEndpoints(WazoApi api)
{
    private const int MaxExpiration = 315_360_000;

    private WazoState State => api.State;

    private WazoErrors Errors => api.Errors;

    public void Map()
    {
        api.Map("POST", "/token", Create);
        api.Map("GET", "/token/{token:uuid}", Get);
        api.Map("HEAD", "/token/{token:uuid}", Check);
        api.Map("DELETE", "/token/{token:uuid}", Revoke);
        api.Map("POST", "/token/{token:uuid}/scopes/check", CheckScopes);
    }

    private EmulatorReply Create(EmulatorRequest request)
    {
        var parsed = request.Json();
        if (!parsed.IsEmpty && !parsed.IsValid)
        {
            throw WazoErrors.BadJson();
        }

        var body = parsed.IsEmpty ? new JsonObject() : parsed.Object ?? throw Errors.Legacy(400, "{'_schema': ['Invalid input type.']}");
        var expiration = Expiration(body);
        var accessType = String(body, "access_type") ?? "online";
        var clientId = String(body, "client_id");
        var refreshToken = String(body, "refresh_token");
        if (accessType is not ("online" or "offline"))
        {
            throw Schema("access_type", "Must be one of: online, offline.");
        }

        if (clientId is { Length: 0 or > 1024 })
        {
            throw Schema("client_id", "Length must be between 1 and 1024.");
        }

        if (accessType == "offline" && clientId is null)
        {
            throw Schema("_schema", "\"client_id\" must be specified when using \"access_type\" is \"offline\"");
        }

        if (refreshToken is not null && clientId is null)
        {
            throw Schema("_schema", "\"client_id\" must be specified when using a \"refresh_token\"");
        }

        if (refreshToken is not null && accessType == "offline")
        {
            throw Schema("_schema", "cannot use the \"access_type\" \"offline\" with a refresh token");
        }

        if (String(body, "tenant_id") is not null && String(body, "domain_name") is not null)
        {
            throw Schema("_schema", "\"tenant_id\" and \"domain_name\" are mutually exclusive");
        }

        var mobile = string.Equals(request.Header("Wazo-Session-Type"), "mobile", StringComparison.OrdinalIgnoreCase);
        var user = Authenticate(request, refreshToken, clientId, ref mobile);
        Guid? createdRefresh = accessType == "offline" ? State.CreateRefreshToken(user, clientId!, mobile).Token : null;
        var lifetime = TimeSpan.FromSeconds(expiration ?? State.DefaultTokenLifetime.TotalSeconds);
        var token = State.IssueToken(user, lifetime, mobile, request.Header("User-Agent"), request.RemoteAddress.ToString(), createdRefresh);
        return WazoApi.Ok(Object(("data", WazoJson.Token(token, State, withRefreshToken: true))))
            .WithHeader("Wazo-Sessions-Revoked", "0");
    }

    private WazoUser Authenticate(EmulatorRequest request, string? refreshToken, string? clientId, ref bool mobile)
    {
        if (BasicCredentials(request.Header("Authorization")) is var (login, password)
            && login.Length > 0 && password.Length > 0)
        {
            var user = State.FindUserByLogin(login);
            var native = user?.AuthenticationMethod is "default" or "native";
            return user is { Enabled: true } && native && user.Password is not null
                && string.Equals(user.Password, password, StringComparison.Ordinal)
                ? user
                : throw AuthenticationFailed();
        }

        if (refreshToken is not null)
        {
            var stored = Guid.TryParse(refreshToken, out var id) ? State.RefreshTokens.GetValueOrDefault(id) : null;
            if (stored is null || stored.ClientId != clientId || !State.Users.TryGetValue(stored.UserUuid, out var owner)
                || !owner.Enabled)
            {
                throw AuthenticationFailed();
            }

            mobile = stored.Mobile;
            return owner;
        }

        throw AuthenticationFailed();
    }

    private EmulatorReply Get(EmulatorRequest request)
    {
        var token = CheckedToken(request);
        return WazoApi.Ok(Object(("data", WazoJson.Token(token, State, withRefreshToken: false))));
    }

    private EmulatorReply Check(EmulatorRequest request)
    {
        CheckedToken(request);
        return WazoApi.NoContent();
    }

    private EmulatorReply Revoke(EmulatorRequest request)
    {
        State.RevokeToken(Guid.Parse(request.Route("token")));
        return WazoApi.Ok(Object(("data", Object(("message", "success")))));
    }

    private EmulatorReply CheckScopes(EmulatorRequest request)
    {
        var parsed = request.Json();
        if (!parsed.IsValid)
        {
            throw WazoErrors.BadJson();
        }

        if (parsed.Object?["scopes"] is not JsonArray scopes || scopes.Any(s => s?.GetValueKind() != JsonValueKind.String))
        {
            throw Schema("scopes", "Missing data for required field.");
        }

        var token = LiveToken(request);
        var tenant = parsed.Object["tenant_uuid"];
        if (tenant is not null)
        {
            CheckTenant(token, tenant.GetValueKind() == JsonValueKind.String ? tenant.GetValue<string>() : tenant.ToJsonString());
        }

        var matcher = token.Matcher();
        var results = new JsonObject();
        foreach (var scope in scopes.Select(s => s!.GetValue<string>()).Distinct(StringComparer.Ordinal))
        {
            results[scope] = matcher.Matches(scope);
        }

        return WazoApi.Ok(Object(("scopes", results)));
    }

    /// <summary>The token of the path, checked against the optional <c>scope</c> and <c>tenant</c> query values.</summary>
    private WazoToken CheckedToken(EmulatorRequest request)
    {
        var token = LiveToken(request);
        var scope = request.QueryValue("scope");
        if (!string.IsNullOrEmpty(scope) && !token.Matcher().Matches(scope))
        {
            throw Errors.Legacy(403, $"Unauthorized for {scope}");
        }

        var tenant = request.QueryValue("tenant");
        if (!string.IsNullOrEmpty(tenant))
        {
            CheckTenant(token, tenant);
        }

        return token;
    }

    private WazoToken LiveToken(EmulatorRequest request) =>
        State.Tokens.GetValueOrDefault(Guid.Parse(request.Route("token"))) ?? throw Errors.Legacy(404, "No such token");

    private void CheckTenant(WazoToken token, string tenant)
    {
        if (!Guid.TryParse(tenant, out var uuid) || !State.Tenants.ContainsKey(uuid) || !State.IsInSubtree(uuid, token.TenantUuid))
        {
            throw Errors.Legacy(403, $"Unauthorized for tenant {tenant}");
        }
    }

    private int? Expiration(JsonObject body)
    {
        var node = body["expiration"];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var seconds))
        {
            throw Schema("expiration", "Not a valid integer.");
        }

        return seconds is >= 1 and <= MaxExpiration
            ? seconds
            : throw Schema("expiration", $"Must be greater than or equal to 1 and less than or equal to {MaxExpiration}.");
    }

    private string? String(JsonObject body, string name)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw Schema(name, "Not a valid string.");
    }

    /// <summary>A validation failure, reported as the text form of the schema's error dictionary.</summary>
    private ReplyException Schema(string field, string message) => Errors.Legacy(400, $"{{'{field}': ['{message}']}}");

    private ReplyException AuthenticationFailed() => Errors.Legacy(401, "Authentication Failed");

    /// <summary>The login and password of a Basic header (UTF-8, else Latin-1), or null when there is none.</summary>
    private static (string Login, string Password)? BasicCredentials(string? header)
    {
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        byte[] raw;
        try
        {
            raw = Convert.FromBase64String(header["Basic ".Length..].Trim());
        }
        catch (FormatException)
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(raw);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (text[..colon], text[(colon + 1)..]);
    }
}
