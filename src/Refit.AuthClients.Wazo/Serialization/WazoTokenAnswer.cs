using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// The one rule for a token answer (<c>POST /token</c>, <c>GET /token/{token}</c>), shared by the reading of the
/// answer and by the renewing token source: it must carry token data with a <c>token</c> (what the caller sends on)
/// and an <c>auth_id</c> (who the token is for).
/// </summary>
internal static class WazoTokenAnswer
{
    /// <summary>What makes <paramref name="response"/> unusable; null when it is usable.</summary>
    public static string? Problem(WazoTokenResponse? response) => response switch
    {
        null => $"The body is JSON null where {nameof(WazoTokenResponse)} was expected.",
        { Data: null } => "The body has no token data ('data').",
        { Data.Token: null or "" } => "The token data has no 'token'.",
        { Data.AuthId: null or "" } => "The token data has no 'auth_id'.",
        _ => null,
    };
}
