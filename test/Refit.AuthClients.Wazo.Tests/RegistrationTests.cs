using System.Net;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Tokens;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests;

public class RegistrationTests
{
    internal static IReadOnlyList<Type> ApiInterfaces { get; } = typeof(IWazoTokenApi).Assembly.GetExportedTypes()
        .Where(t => t.IsInterface && t.Namespace == typeof(IWazoTokenApi).Namespace)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    [Test]
    public void Every_refit_interface_is_registered()
    {
        using var h = new WazoHarness();

        Assert.That(ApiInterfaces, Has.Count.EqualTo(22));
        Assert.Multiple(() =>
        {
            foreach (var api in ApiInterfaces)
            {
                Assert.That(h.Provider.GetService(api), Is.Not.Null, api.Name);
            }
        });
    }

    [Test]
    public void The_interfaces_have_97_calls_covering_93_spec_operations_and_4_generic_external_calls()
    {
        var methods = ApiInterfaces.SelectMany(t => t.GetMethods()).ToList();
        var routes = methods.Select(m => m.GetCustomAttribute<HttpMethodAttribute>()!).Select(a => $"{a.Method.Method} {a.Path}").ToList();

        Assert.That(methods, Has.Count.EqualTo(97));
        Assert.That(routes.Distinct().Count(), Is.EqualTo(97));
        Assert.That(routes.Count(r => r.EndsWith("/external/{auth_type}", StringComparison.Ordinal)), Is.EqualTo(4));
    }

    [Test]
    public void Every_call_ends_with_an_optional_cancellation_token_and_names_its_tenant_header_tenant()
    {
        Assert.Multiple(() =>
        {
            foreach (var method in ApiInterfaces.SelectMany(t => t.GetMethods()))
            {
                var parameters = method.GetParameters();
                var last = parameters[^1];
                Assert.That(last.ParameterType == typeof(CancellationToken) && last.HasDefaultValue, $"{method.DeclaringType!.Name}.{method.Name}");
                foreach (var tenant in parameters.Where(p => p.GetCustomAttribute<HeaderAttribute>()?.Header == WazoHeaders.Tenant))
                {
                    Assert.That(tenant.Name, Is.EqualTo("tenant"), method.Name);
                    Assert.That(tenant.ParameterType, Is.EqualTo(typeof(string)));
                    Assert.That(tenant.HasDefaultValue && tenant.DefaultValue is null, method.Name);
                }
            }
        });
    }

    [Test]
    public async Task The_token_source_is_a_keyed_mutable_singleton_seeded_from_the_options()
    {
        using var h = new WazoHarness();

        var source = h.Provider.GetRequiredKeyedService<MutableTokenSource>(WazoAuthServiceCollectionExtensions.ServiceKey);

        Assert.That(source, Is.SameAs(h.Provider.GetRequiredKeyedService<MutableTokenSource>(WazoAuthServiceCollectionExtensions.ServiceKey)));
        Assert.That(await source.GetTokenAsync(), Is.EqualTo(WazoHarness.ClientToken));
    }

    [Test]
    public async Task Setting_the_token_changes_the_token_of_later_calls_and_null_removes_it()
    {
        using var h = new WazoHarness();
        var source = h.Provider.GetRequiredKeyedService<MutableTokenSource>(WazoAuthServiceCollectionExtensions.ServiceKey);
        h.Expect(HttpMethod.Get, "/backends").WithHeaders("X-Auth-Token", "renewed").RespondJson(Backends);
        h.Expect(HttpMethod.Get, "/backends").WithoutHeader("X-Auth-Token").RespondJson(Backends);

        source.Set("renewed");
        await h.Api<IWazoBackendApi>().ListAsync();
        source.Set(null);
        await h.Api<IWazoBackendApi>().ListAsync();

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task The_configuration_overload_binds_the_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Host"] = "auth.example.org",
            ["Port"] = "9497",
            ["Prefix"] = "",
            ["Https"] = "false",
            ["Token"] = "configured-token",
            ["Timeout"] = "00:00:05",
            ["UserAgent"] = "my-app/1.0",
        }).Build();
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, "http://auth.example.org:9497/0.1/backends")
            .WithHeaders("X-Auth-Token", "configured-token")
            .WithHeaders("User-Agent", "my-app/1.0")
            .Respond("application/json", Backends);
        var services = new ServiceCollection();
        services.AddWazoAuthClient(configuration).ConfigurePrimaryHttpMessageHandler(() => mock);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IWazoBackendApi>().ListAsync();

        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task The_default_user_agent_names_the_sdk()
    {
        using var h = new WazoHarness();
        h.Expect(HttpMethod.Get, "/backends").With(r => r.Headers.UserAgent.ToString().StartsWith("Refit.AuthClients/", StringComparison.Ordinal)).RespondJson(Backends);

        await h.Api<IWazoBackendApi>().ListAsync();

        h.Mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task A_scope_check_is_retried_as_a_read_but_a_token_creation_is_not()
    {
        using var h = new WazoHarness(o => o.Retry = 1);
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check").RespondEmpty(HttpStatusCode.ServiceUnavailable);
        h.Expect(HttpMethod.Post, $"/token/{Token}/scopes/check").RespondJson(ScopeCheckResult);
        h.Expect(HttpMethod.Post, "/token").RespondEmpty(HttpStatusCode.ServiceUnavailable);

        var result = await h.Api<IWazoTokenApi>().CheckScopesAsync(Token, new WazoScopeCheckRequest { Scopes = ["dird"] });
        Assert.That(result.Scopes["dird"], Is.True);
        Assert.That(
            async () => await h.Api<IWazoTokenApi>().CreateAsync("Basic Og==", new WazoTokenRequest()),
            Throws.InstanceOf<Errors.WazoAuthException>());

        h.Mock.VerifyNoOutstandingExpectation();
    }
}
