using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit.AuthClients.AspNetCore.Tests.Support;

namespace Refit.AuthClients.AspNetCore.Tests;

/// <summary>A misconfigured scheme stops the application at start, instead of failing every request with a 500.</summary>
public sealed class SchemeStartupTests : HostTest
{
    [Test]
    public async Task A_wazo_scheme_with_a_zero_cache_duration_stops_the_start_naming_the_option_and_the_scheme()
    {
        var wazo = Own(new FakeWazoAuth());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(services =>
        {
            wazo.AddClient(services);
            services.AddAuthentication().AddWazoAuth("staff", o => o.MaxCacheDuration = TimeSpan.Zero);
        }));

        Assert.That(error!.OptionsName, Is.EqualTo("staff"));
        Assert.That(error.Message, Does.Contain("MaxCacheDuration").And.Contain("'staff'"));
    }

    [Test]
    public async Task An_astakos_scheme_keeping_invalid_tokens_longer_than_valid_ones_stops_the_start()
    {
        var astakos = Own(new FakeAstakos());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(services =>
        {
            astakos.AddClient(services);
            services.AddAuthentication().AddAstakosAuth(o => o.InvalidTokenCacheDuration = TimeSpan.FromHours(1));
        }));

        Assert.That(error!.Message, Does.Contain("InvalidTokenCacheDuration"));
    }

    [Test]
    public async Task A_wazo_scheme_without_the_wazo_auth_client_stops_the_start_saying_what_to_register()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(services => services.AddAuthentication().AddWazoAuth()));

        Assert.That(error!.Message, Does.Contain("IWazoAuthClient").And.Contain("AddWazoAuthClient"));
    }

    [Test]
    public async Task An_astakos_scheme_without_the_astakos_client_stops_the_start_saying_what_to_register()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(services => services.AddAuthentication().AddAstakosAuth()));

        Assert.That(error!.Message, Does.Contain("IAstakosClient").And.Contain("AddAstakosClient"));
    }

    private Task<TestApp> StartAsync(Action<IServiceCollection> configureServices) =>
        StartAppAsync(
            services =>
            {
                configureServices(services);
                services.AddAuthorization();
            },
            _ => { });
}
