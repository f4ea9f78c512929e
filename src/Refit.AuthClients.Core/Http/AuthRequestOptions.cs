namespace Refit.AuthClients.Http;

/// <summary>
/// Request options (<see cref="HttpRequestMessage.Options"/>) the handlers of this SDK read.
/// </summary>
public static class AuthRequestOptions
{
    /// <summary>
    /// The option name marking a POST that only reads (a lookup or a token check) and is therefore safe to repeat.
    /// Use it with Refit's <c>[Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true</c>, or set
    /// <see cref="SafeToRepeat"/> on a hand-built request.
    /// </summary>
    public const string SafeToRepeatName = "Refit.AuthClients.SafeToRepeat";

    /// <summary>Typed key of <see cref="SafeToRepeatName"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> SafeToRepeat = new(SafeToRepeatName);

    /// <summary>
    /// The option name marking a request that must never be repeated once it may have reached the server, whatever
    /// its method (a <c>PUT</c> that creates something new each time). Use it with Refit's
    /// <c>[Property(AuthRequestOptions.NeverRepeatName)] bool neverRepeat = true</c>.
    /// </summary>
    public const string NeverRepeatName = "Refit.AuthClients.NeverRepeat";

    /// <summary>Typed key of <see cref="NeverRepeatName"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> NeverRepeat = new(NeverRepeatName);

    /// <summary>
    /// The option name marking a request that authenticates with credentials of its own (a login, such as
    /// <c>POST /token</c> with basic credentials): <see cref="TokenInjectionHandler"/> puts no token of the source on
    /// it, so a <c>401</c> refuses those credentials and <see cref="TokenRenewalHandler"/> neither renews the token nor
    /// repeats the call. Use it with Refit's <c>[Property(AuthRequestOptions.OwnCredentialsName)] bool ownCredentials = true</c>.
    /// </summary>
    public const string OwnCredentialsName = "Refit.AuthClients.OwnCredentials";

    /// <summary>Typed key of <see cref="OwnCredentialsName"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> OwnCredentials = new(OwnCredentialsName);

    /// <summary>Set by <see cref="TokenInjectionHandler"/> when the token header came from the token source.</summary>
    internal static readonly HttpRequestOptionsKey<bool> TokenInjected = new("Refit.AuthClients.TokenInjected");

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>Records whether the token on <paramref name="request"/> came from the client's token source.</summary>
    /// <remarks>Stores shared boxes: <see cref="HttpRequestOptions.Set{TValue}"/> would box a bool on every call.</remarks>
    internal static void MarkTokenInjected(HttpRequestMessage request, bool injected) =>
        ((IDictionary<string, object?>)request.Options)[TokenInjected.Key] = injected ? BoxedTrue : BoxedFalse;

    /// <summary>Whether the request is marked never to be repeated.</summary>
    public static bool IsNeverRepeat(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(NeverRepeat, out var never) && never;
    }

    /// <summary>Whether the request is marked as carrying credentials of its own.</summary>
    public static bool HasOwnCredentials(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(OwnCredentials, out var own) && own;
    }

    /// <summary>Whether the request is marked safe to repeat.</summary>
    public static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(SafeToRepeat, out var safe) && safe;
    }
}
