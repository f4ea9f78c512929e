using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Testing.Astakos;
using Refit.AuthClients.Testing.Wazo;
using Refit.AuthClients.Wazo.Api;
using Refit.AuthClients.Wazo.DependencyInjection;
using Refit.AuthClients.Wazo.Errors;

namespace Refit.AuthClients.Testing.Tests;

/// <summary>The examples of docs/testing.md, verbatim, so that the guide keeps compiling and passing.</summary>
public class DocumentationExampleTests
{
    [Test]
    public async Task Provisioning_respects_the_quota()
    {
        await using var astakos = await AstakosEmulator.StartAsync();
        astakos.AddResource("cyclades.vm", defaultLimit: 2);
        var user = astakos.AddUser("user@example.org");
        var cyclades = astakos.AddService("cyclades_compute");
        using var provider = new ServiceCollection()
            .AddAstakosClient(o => { o.AuthUrl = astakos.AuthUrl; o.Token = cyclades.Token; }).Services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAstakosClient>();
        var vms = new Dictionary<(string Source, string Resource), long> { [(user.Uuid, "cyclades.vm")] = 3 };
        var error = await Assert.ThrowsAsync<QuotaLimitException>(() => client.IssueOneCommissionAsync(user.Uuid, vms));
        Assert.That(error.Available, Is.EqualTo(2));
    }

    [Test]
    public async Task Only_users_with_the_acl_may_list_users()
    {
        await using var wazo = await WazoAuthEmulator.StartAsync();
        var alice = wazo.AddUser("alice", "secret", wazo.AddPolicy("self", "confd.users.me.read"));
        using var provider = new ServiceCollection()
            .AddWazoAuthClient(o => { o.BaseUri = wazo.BaseUri; o.Token = wazo.IssueToken(alice); }).Services.BuildServiceProvider();
        var users = provider.GetRequiredService<IWazoUserApi>();
        var error = await Assert.ThrowsAsync<WazoAuthUnauthorizedException>(() => users.ListAsync());
        Assert.That(error.ErrorId, Is.EqualTo("unauthorized"));
    }
}
