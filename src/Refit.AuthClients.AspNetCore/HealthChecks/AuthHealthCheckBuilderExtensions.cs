using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Wazo;

namespace Refit.AuthClients.AspNetCore;

/// <summary>Health checks of the identity services.</summary>
public static class AuthHealthCheckBuilderExtensions
{
    /// <summary>The default name of the wazo-auth check.</summary>
    public const string WazoAuthCheckName = "wazo-auth";

    /// <summary>The default name of the Astakos check.</summary>
    public const string AstakosCheckName = "astakos";

    /// <summary>
    /// Checks wazo-auth with <c>HEAD /status</c> through the registered wazo-auth client; a failure reports the
    /// client's typed error message (which never holds a token).
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">The status of a failure; <see cref="HealthStatus.Unhealthy"/> when null.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">The check's time limit; the client's own timeout applies too.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddWazoAuthHealthCheck(
        this IHealthChecksBuilder builder,
        string name = WazoAuthCheckName,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null) =>
        builder.AddClientCheck(
            name,
            (sp, ct) => sp.GetRequiredService<IWazoAuthClient>().Status.CheckAsync(ct),
            "wazo-auth answered HEAD /status.",
            failureStatus,
            tags,
            timeout);

    /// <summary>
    /// Checks Astakos by fetching its service catalog (endpoint discovery) through the registered Astakos client; a
    /// failure reports the client's typed error message (which never holds a token).
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="failureStatus">The status of a failure; <see cref="HealthStatus.Unhealthy"/> when null.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <param name="timeout">The check's time limit; the client's own timeout applies too.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddAstakosHealthCheck(
        this IHealthChecksBuilder builder,
        string name = AstakosCheckName,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null) =>
        builder.AddClientCheck(
            name,
            (sp, ct) => sp.GetRequiredService<IAstakosClient>().GetEndpointsAsync(ct),
            "Astakos served its service catalog.",
            failureStatus,
            tags,
            timeout);

    private static IHealthChecksBuilder AddClientCheck(
        this IHealthChecksBuilder builder,
        string name,
        Func<IServiceProvider, CancellationToken, Task> probe,
        string healthyDescription,
        HealthStatus? failureStatus,
        IEnumerable<string>? tags,
        TimeSpan? timeout)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(name, sp => new ClientHealthCheck(sp, probe, healthyDescription), failureStatus, tags, timeout));
    }
}
