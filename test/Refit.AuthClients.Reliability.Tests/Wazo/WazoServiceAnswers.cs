namespace Refit.AuthClients.Reliability.Tests.Wazo;

/// <summary>The success bodies of a scripted wazo-auth: token documents that echo the token asked for, a user list.</summary>
public static class WazoServiceAnswers
{
    public const string Prefix = "/api/auth/0.1";
    public const string CreateTokenPath = Prefix + "/token";
    public const string UsersPath = Prefix + "/users";

    /// <summary>The start of the tokens creations return: each is this, a dash and a serial number.</summary>
    public const string CreatedToken = "wazo-created-token-1e9f02";

    private static int _created;

    /// <summary>The path that reads or checks <paramref name="token"/>.</summary>
    public static string TokenPath(string token) => CreateTokenPath + "/" + token;

    /// <summary>The body answering <paramref name="request"/>.</summary>
    public static string For(ReceivedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path switch
        {
            CreateTokenPath => Token($"{CreatedToken}-{Interlocked.Increment(ref _created)}"),
            var path when path.StartsWith(CreateTokenPath + "/", StringComparison.Ordinal) => Token(path[(CreateTokenPath.Length + 1)..]),
            UsersPath => """{"total":1,"filtered":1,"items":[{"uuid":"u-1","username":"alice","firstname":"Alice","enabled":true,"emails":[]}]}""",
            _ => "{}",
        };
    }

    private static string Token(string token) =>
        $$$"""
        {"data":{"token":"{{{token}}}","auth_id":"u-1","xivo_uuid":"x-1","utc_issued_at":"2026-01-01T00:00:00.000000",
          "utc_expires_at":"2026-01-01T02:00:00.000000","acl":["auth.users.me.read"],
          "metadata":{"uuid":"u-1","tenant_uuid":"t-1","purpose":"user"},"session_uuid":"s-1"}
        }
        """;
}
