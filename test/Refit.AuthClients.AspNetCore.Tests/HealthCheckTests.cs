using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Refit.AuthClients.AspNetCore.Tests.Support;

namespace Refit.AuthClients.AspNetCore.Tests;

public sealed class HealthCheckTests : HostTest
{
    private readonly FakeWazoAuth _wazo;
    private readonly FakeAstakos _astakos;

    public HealthCheckTests()
    {
        _wazo = Own(new FakeWazoAuth());
        _astakos = Own(new FakeAstakos());
    }

    [Test]
    public async Task Both_services_answering_is_healthy()
    {
        var app = await StartAsync();

        var report = await CheckAsync(app);
        var endpoint = await app.GetAsync("/health");

        Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(report.Entries.Keys, Is.EquivalentTo(new[] { "wazo-auth", "astakos" }));
        Assert.That(endpoint.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_failing_wazo_auth_status_is_unhealthy_with_the_typed_error_message()
    {
        var app = await StartAsync();
        _wazo.Status = HttpStatusCode.ServiceUnavailable;

        var report = await CheckAsync(app);
        var endpoint = await app.GetAsync("/health");

        var entry = report.Entries["wazo-auth"];
        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.Contain("HEAD /api/auth/0.1/status answered 503"));
        Assert.That(entry.Description, Does.Not.Contain("service-token"));
        Assert.That(entry.Exception, Is.InstanceOf<Wazo.Errors.WazoAuthException>());
        Assert.That(report.Entries["astakos"].Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(endpoint.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task An_unreachable_wazo_auth_is_unhealthy()
    {
        var app = await StartAsync();
        _wazo.ConnectionBroken = true;

        var entry = (await CheckAsync(app)).Entries["wazo-auth"];

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.Contain("could not be reached"));
    }

    [Test]
    public async Task A_failing_astakos_discovery_reports_the_failure_status_chosen_without_the_token()
    {
        var app = await StartAsync(HealthStatus.Degraded);
        _astakos.Failure = HttpStatusCode.InternalServerError;

        var entry = (await CheckAsync(app)).Entries["astakos"];

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Degraded));
        Assert.That(entry.Description, Does.Contain("500"));
        Assert.That(entry.Description, Does.Not.Contain(FakeAstakos.ServiceToken));
    }

    private static Task<HealthReport> CheckAsync(TestApp app) => app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    private Task<TestApp> StartAsync(HealthStatus? astakosFailureStatus = null) =>
        StartAppAsync(
            services =>
            {
                _wazo.AddClient(services);
                _astakos.AddClient(services);
                services.AddHealthChecks().AddWazoAuthHealthCheck().AddAstakosHealthCheck(failureStatus: astakosFailureStatus);
                services.AddAuthentication();
                services.AddAuthorization();
            },
            app => app.MapHealthChecks("/health"));
}
