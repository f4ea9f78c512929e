using System.Net;
using System.Net.Sockets;
using Refit.AuthClients.Http;

namespace Refit.AuthClients.Retry;

/// <summary>Which requests may be repeated, and after which outcomes.</summary>
public static class RetryRules
{
    /// <summary>
    /// Whether <paramref name="request"/> may be sent again after it may have reached the server: idempotent methods
    /// (GET, HEAD, PUT, DELETE, OPTIONS) and requests marked with <see cref="AuthRequestOptions.SafeToRepeat"/>,
    /// unless marked with <see cref="AuthRequestOptions.NeverRepeat"/>.
    /// </summary>
    public static bool IsRepeatable(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (AuthRequestOptions.IsNeverRepeat(request))
        {
            return false;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
               || method == HttpMethod.Delete || method == HttpMethod.Options
               || AuthRequestOptions.IsSafeToRepeat(request);
    }

    /// <summary>Whether a failure proves the request never reached the server (the connection was refused).</summary>
    public static bool NeverReachedServer(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a status is transient: 5xx, 408 and 429.</summary>
    public static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.RequestTimeout || status == HttpStatusCode.TooManyRequests;
}
