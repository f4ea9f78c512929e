using System.Net;
using Refit.AuthClients.DependencyInjection;

namespace Refit.AuthClients.Astakos;

/// <summary>What the shared plumbing knows of Astakos.</summary>
internal static class AstakosDescription
{
    /// <summary>The client name, JSON, errors and retry exceptions of Astakos: 401, 404 and 413 are never retried.</summary>
    public static AuthServiceDescription Service { get; } = new(
        "Astakos",
        new AstakosErrorMapper(),
        AstakosJsonContext.Default,
        NeverRetried());

    // Astakos retries only 500, 502, 503 and 504 among the transient statuses, and never 401, 404 or 413 (a quota
    // limit): a 408, a 429 or a 501 from its Django stack is not a passing overload.
    private static HashSet<HttpStatusCode> NeverRetried()
    {
        var never = new HashSet<HttpStatusCode>
        {
            HttpStatusCode.Unauthorized,
            HttpStatusCode.NotFound,
            HttpStatusCode.RequestTimeout,
            HttpStatusCode.RequestEntityTooLarge,
            HttpStatusCode.TooManyRequests,
        };
        for (var status = 501; status <= 599; status++)
        {
            if (status is not (502 or 503 or 504))
            {
                never.Add((HttpStatusCode)status);
            }
        }

        return never;
    }
}
