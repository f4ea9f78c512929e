using Microsoft.Extensions.Diagnostics.HealthChecks;
using Refit.AuthClients.Errors;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Healthy when a probe call of a client succeeds; otherwise the registration's failure status, described by the
/// client's typed error message (redacted: it never holds a token).
/// </summary>
internal sealed class ClientHealthCheck(IServiceProvider services, Func<IServiceProvider, CancellationToken, Task> probe, string healthyDescription) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await probe(services, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(healthyDescription);
        }
        catch (AuthClientException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex);
        }
    }
}
