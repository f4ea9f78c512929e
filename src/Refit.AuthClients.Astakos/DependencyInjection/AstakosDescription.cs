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
        new HashSet<HttpStatusCode> { HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.RequestEntityTooLarge });
}
