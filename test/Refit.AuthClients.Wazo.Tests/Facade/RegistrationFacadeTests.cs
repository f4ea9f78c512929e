using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Options;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>The facade is registered with the Refit interfaces, and can be built without a container of one's own.</summary>
public class RegistrationFacadeTests
{
    [Test]
    public void The_client_every_sub_client_and_every_refit_interface_resolve()
    {
        using var h = new WazoHarness();

        var client = h.Provider.GetRequiredService<IWazoAuthClient>();
        var subClients = typeof(IWazoAuthClient).GetProperties().Where(p => p.PropertyType.IsInterface).Select(p => p.PropertyType).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(client, Is.TypeOf<WazoAuthClient>());
            Assert.That(subClients, Has.Count.EqualTo(17));
            foreach (var type in subClients)
            {
                Assert.That(h.Provider.GetService(type), Is.Not.Null, type.Name);
            }

            Assert.That(h.Provider.GetService<IWazoTokenApi>(), Is.Not.Null);
            Assert.That(h.Provider.GetService<IWazoUserApi>(), Is.Not.Null);
        });
    }

    [Test]
    public async Task The_configuration_section_sets_host_tenant_and_credentials()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["WazoAuth:Host"] = "wazo.example.com",
                ["WazoAuth:Port"] = "9497",
                ["WazoAuth:Prefix"] = "",
                ["WazoAuth:Https"] = "false",
                ["WazoAuth:Username"] = "alice",
                ["WazoAuth:Password"] = "alice",
                ["WazoAuth:Tenant"] = TenantUuid,
            })
            .Build();
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, "http://wazo.example.com:9497/0.1/token")
            .WithHeaders("Authorization", "Basic YWxpY2U6YWxpY2U=")
            .RespondJson(TokenData);
        var services = new ServiceCollection();
        services.AddWazoAuthClient(configuration.GetSection("WazoAuth")).ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IWazoAuthClient>();
        var token = await client.Token.CreateAsync(expiration: 3600);

        Assert.That(client.Tenant, Is.EqualTo(TenantUuid));
        Assert.That(token.Token, Is.EqualTo(Token));
        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void Invalid_options_fail_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddWazoAuthClient(o => o.Port = 70000);
        using var provider = services.BuildServiceProvider();

        var thrown = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IWazoAuthClient>());

        Assert.That(thrown!.Failures, Has.Some.Contains("Host").And.Some.Contains("Port"));
    }

    [Test]
    public async Task Create_builds_a_working_client_from_options_like_the_reference_constructor()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Post, "https://wazo.example.com:443/api/auth/0.1/token")
            .WithHeaders("Authorization", "Basic YWxpY2U6YWxpY2U=")
            .WithHeaders(WazoHeaders.SessionType, "mobile")
            .RespondJson(TokenData);
        mock.Expect(HttpMethod.Head, "https://wazo.example.com:443/api/auth/0.1/token/" + Token).Respond(HttpStatusCode.NoContent);

        var client = WazoAuthClient.Create(new WazoAuthClientOptions { Host = "wazo.example.com", Username = "alice", Password = "alice" }, mock);
        var token = await client.Token.CreateAsync("wazo_user", expiration: 3600, sessionType: "mobile");
        var valid = await client.Token.IsValidAsync(token.Token!);

        Assert.That(valid, Is.True);
        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public void Create_refuses_invalid_options()
    {
        var thrown = Assert.Throws<ArgumentException>(() => WazoAuthClient.Create(new WazoAuthClientOptions { Host = " " }));

        Assert.That(thrown!.Message, Does.Contain("Host"));
    }
}
