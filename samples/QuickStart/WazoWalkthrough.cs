using Refit.AuthClients.Wazo;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Samples.QuickStart;

/// <summary>The everyday wazo-auth flows: tokens, validation, scopes, users and policies, renewal.</summary>
public sealed class WazoWalkthrough(IWazoAuthClient wazo, Transcript transcript)
{
    /// <summary>
    /// Read-only apart from the token it creates: create, validate, check scopes. With <paramref name="offline"/> the
    /// token comes with a refresh token, which the server keeps until it is deleted.
    /// </summary>
    public async Task<WazoToken> ReadAsync(string username, string password, string requiredAcl, bool offline, CancellationToken cancellationToken)
    {
        var token = offline
            ? await wazo.Token.CreateAsync(
                username: username, password: password, expiration: 3600, accessType: "offline", clientId: "quickstart",
                cancellationToken: cancellationToken)
            : await wazo.Token.CreateAsync(username: username, password: password, expiration: 600, cancellationToken: cancellationToken);
        var value = token.Token ?? throw new InvalidOperationException("wazo-auth returned no token.");
        transcript.Step("create a token (basic auth)", $"for {token.AuthId}, expires {token.UtcExpiresAt}, {token.Acl.Count} ACL(s)");
        wazo.SetToken(value);

        transcript.Step("is it valid?", Yes(await wazo.Token.IsValidAsync(value, cancellationToken: cancellationToken)));
        transcript.Step($"is it valid for '{requiredAcl}'?", Yes(await wazo.Token.IsValidAsync(value, requiredAcl, cancellationToken: cancellationToken)));
        const string Missing = "confd.users.read";
        transcript.Step($"is it valid for '{Missing}'?", Yes(await wazo.Token.IsValidAsync(value, Missing, cancellationToken: cancellationToken)));

        var scopes = await wazo.Token.CheckScopesAsync(value, [requiredAcl, Missing], cancellationToken: cancellationToken);
        transcript.Step("check scopes", string.Join(", ", scopes.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={Yes(s.Value)}")));
        return token;
    }

    /// <summary>Creates a policy and a user, and renews the token with its refresh token.</summary>
    public async Task ManageAsync(WazoToken token, CancellationToken cancellationToken)
    {
        var policy = await wazo.Policies.CreateAsync(
            new WazoPolicyCreate { Name = "quickstart-readers", Acl = ["confd.users.me.read", "auth.users.me.read"] },
            cancellationToken: cancellationToken);
        transcript.Step("create a policy", $"{policy.Name} ({policy.Uuid}) with {policy.Acl?.Count ?? 0} ACL(s)");

        var user = await wazo.Users.CreateAsync(
            new WazoUserCreate { Username = "bob", Password = "bob-secret", Firstname = "Bob" }, cancellationToken: cancellationToken);
        await wazo.Users.AddPolicyAsync(user.Uuid!, policy.Uuid!, cancellationToken: cancellationToken);
        transcript.Step("create a user and give it the policy", $"{user.Username} ({user.Uuid})");

        var users = await wazo.Users.ListAsync(cancellationToken: cancellationToken);
        transcript.Step("list users", $"{users.Total} in total: {string.Join(", ", users.Items.Select(u => u.Username))}");

        var renewed = await wazo.Token.CreateAsync(
            refreshToken: token.RefreshToken, clientId: "quickstart", cancellationToken: cancellationToken);
        wazo.SetToken(renewed.Token);
        transcript.Step("renew the token (refresh token)", $"new token for {renewed.AuthId}, expires {renewed.UtcExpiresAt}");
    }

    /// <summary>Revokes the token, so that nothing the walkthrough created stays on the server.</summary>
    public async Task RevokeAsync(WazoToken token, CancellationToken cancellationToken)
    {
        await wazo.Token.RevokeAsync(token.Token!, cancellationToken);
        transcript.Step("revoke the token", "revoked");
    }

    private static string Yes(bool value) => value ? "yes" : "no";
}
