using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Tests.Tokens;

/// <summary>
/// A token API whose <c>POST /token</c> answers what the test says, counting calls; tokens are <c>token-1</c>,
/// <c>token-2</c>... with the lifetime given, stamped by a server clock far from the local one.
/// </summary>
internal sealed class FakeTokenApi : IWazoTokenApi
{
    private static readonly DateTimeOffset ServerNow = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private int _creates;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>When set, each creation waits for it (to hold a creation in flight).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>When set, the next creations throw it instead of answering.</summary>
    public Exception? Failure { get; set; }

    public int Creates => Volatile.Read(ref _creates);

    public List<(string Authorization, WazoTokenRequest Request, string? SessionType)> Requests { get; } = [];

    public List<string> Revoked { get; } = [];

    public static WazoTokenResponse Response(string token, TimeSpan lifetime) => new()
    {
        Data = new WazoToken
        {
            Token = token,
            AuthId = "auth-id",
            UtcIssuedAt = ServerNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture),
            UtcExpiresAt = (ServerNow + lifetime).ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture),
            Acl = ["confd.#"],
        },
    };

    public async Task<WazoTokenResponse> CreateAsync(string authorization, WazoTokenRequest request, string? sessionType = null, bool ownCredentials = true, CancellationToken cancellationToken = default)
    {
        var number = Interlocked.Increment(ref _creates);
        lock (Requests)
        {
            Requests.Add((authorization, request, sessionType));
        }

        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        return Response($"token-{number}", Lifetime);
    }

    public Task RevokeAsync(string token, CancellationToken cancellationToken = default)
    {
        lock (Revoked)
        {
            Revoked.Add(token);
        }

        return Task.CompletedTask;
    }

    public Task<WazoTokenResponse> GetAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task CheckAsync(string token, string? requiredAcl = null, string? tenant = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<WazoScopeCheckResult> CheckScopesAsync(string token, WazoScopeCheckRequest request, bool safeToRepeat = true, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
