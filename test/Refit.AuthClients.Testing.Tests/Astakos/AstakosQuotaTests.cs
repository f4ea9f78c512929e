using Refit.AuthClients.Astakos;
using Refit.AuthClients.Testing.Astakos;
using Refit.AuthClients.Testing.Tests.Support;

namespace Refit.AuthClients.Testing.Tests.Astakos;

/// <summary>Quotas and commissions, through the Astakos client: limits are enforced, usage moves on accept only.</summary>
public class AstakosQuotaTests
{
    private const string Vm = "cyclades.vm";
    private const string Ram = "cyclades.ram";

    private AstakosEmulator _astakos = null!;
    private AstakosClients _clients = null!;
    private EmulatedAstakosService _cyclades = null!;

    private IAstakosClient Service => _clients.As(_cyclades.Token);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _astakos = await AstakosEmulator.StartAsync();
        _astakos.AddResource(Vm, defaultLimit: 2, service: "cyclades_compute", description: "Number of virtual machines");
        _astakos.AddResource(Ram, defaultLimit: 1024, service: "cyclades_compute", unit: "bytes");
        _cyclades = _astakos.AddService("cyclades_compute", publicUrl: new Uri("http://127.0.0.1:1/cyclades/compute/v2.0"));
        _clients = new AstakosClients(_astakos, _astakos.AddUser("nobody@example.org").Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _astakos.DisposeAsync();
    }

    [Test]
    public async Task Every_user_gets_the_base_quota_of_every_resource_in_its_system_project()
    {
        var user = _astakos.AddUser("base@example.org");
        var quotas = await _clients.As(user.Token).GetQuotasAsync();
        Assert.That(quotas.Keys, Is.EqualTo(new[] { user.Uuid }));
        Assert.That(quotas[user.Uuid][Vm], Is.EqualTo(new QuotaEntry
        {
            Limit = 2, Usage = 0, Pending = 0, ProjectLimit = 2, ProjectUsage = 0, ProjectPending = 0,
        }));
        Assert.That(quotas[user.Uuid][Ram].Limit, Is.EqualTo(1024));
    }

    [Test]
    public async Task A_commission_over_the_limit_is_refused_with_the_numbers_and_changes_nothing()
    {
        var user = _astakos.AddUser("over@example.org");
        _astakos.SetQuota(user, user.Uuid, Vm, limit: 2);
        var provisions = new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 3 };

        var error = await Fails.With<QuotaLimitException>(() => Service.IssueOneCommissionAsync(user.Uuid, provisions, "too many"));

        Assert.That(error.Limit, Is.EqualTo(2));
        Assert.That(error.Usage, Is.Zero);
        Assert.That(error.Requested, Is.EqualTo(3));
        Assert.That(error.Message, Is.EqualTo("Limit for resource 'Virtual Machine' exceeded for your account. Available: 2, Requested: 3"));
        Assert.That(_astakos.GetQuota(user, user.Uuid, Vm), Is.EqualTo(new AstakosQuotaState(2, 0, 0)));
    }

    [Test]
    public async Task Concurrent_commissions_never_exceed_the_limit()
    {
        var user = _astakos.AddUser("race@example.org");
        _astakos.SetQuota(user, user.Uuid, Ram, limit: 10);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            try
            {
                await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Ram)] = 1 }, autoAccept: true);
                return true;
            }
            catch (QuotaLimitException)
            {
                return false;
            }
        }));

        Assert.That(attempts.Count(granted => granted), Is.EqualTo(10));
        Assert.That(_astakos.GetQuota(user, user.Uuid, Ram), Is.EqualTo(new AstakosQuotaState(10, 10, 0)));
    }

    [Test]
    public async Task A_pending_commission_holds_quota_until_accepted_and_then_counts_as_usage()
    {
        var user = _astakos.AddUser("accept@example.org");
        var provisions = new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 1 };

        var serial = await Service.IssueOneCommissionAsync(user.Uuid, provisions, "one vm");
        var pending = (await _clients.As(user.Token).GetQuotasAsync())[user.Uuid][Vm];
        Assert.That(await Service.GetPendingCommissionsAsync(), Does.Contain(serial));
        Assert.That((pending.Usage, pending.Pending, pending.ProjectPending), Is.EqualTo((0L, 1L, (long?)1)));

        // The pending vm counts against the limit of 2: asking for 2 more is over it.
        await Fails.With<QuotaLimitException>(() => Service.IssueOneCommissionAsync(
            user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 2 }));

        await Service.AcceptCommissionAsync(serial);
        var accepted = (await _clients.As(user.Token).GetQuotasAsync())[user.Uuid][Vm];
        Assert.That((accepted.Usage, accepted.Pending, accepted.ProjectUsage), Is.EqualTo((1L, 0L, (long?)1)));
        Assert.That(await Service.GetPendingCommissionsAsync(), Does.Not.Contain(serial));
        await Fails.With<NotFoundException>(() => Service.GetCommissionInfoAsync(serial));
    }

    [Test]
    public async Task A_rejected_commission_gives_its_quota_back()
    {
        var user = _astakos.AddUser("reject@example.org");
        var serial = await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Ram)] = 1000 });
        Assert.That(_astakos.GetQuota(user, user.Uuid, Ram), Is.EqualTo(new AstakosQuotaState(1024, 0, 1000)));

        await Service.RejectCommissionAsync(serial);

        Assert.That(_astakos.GetQuota(user, user.Uuid, Ram), Is.EqualTo(new AstakosQuotaState(1024, 0, 0)));
    }

    [Test]
    public async Task A_pending_release_changes_the_usage_on_accept_only()
    {
        var user = _astakos.AddUser("release@example.org");
        await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 2 }, autoAccept: true);

        var serial = await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = -1 });
        var pending = (await _clients.As(user.Token).GetQuotasAsync())[user.Uuid][Vm];
        var full = await Fails.With<QuotaLimitException>(() => Service.IssueOneCommissionAsync(
            user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 1 }));
        await Service.AcceptCommissionAsync(serial);

        Assert.That((pending.Usage, pending.Pending), Is.EqualTo((2L, 1L)), "not released before the accept");
        Assert.That(full.Usage, Is.EqualTo(pending.Usage), "the 413 and the quotas tell the same usage");
        Assert.That(_astakos.GetQuota(user, user.Uuid, Vm), Is.EqualTo(new AstakosQuotaState(2, 1, 0)));
    }

    [Test]
    public async Task Releasing_below_zero_is_refused_but_force_overrides_the_limit()
    {
        var user = _astakos.AddUser("force@example.org");
        await Fails.With<QuotaLimitException>(() => Service.IssueOneCommissionAsync(
            user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = -1 }));

        await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 5 }, force: true, autoAccept: true);

        Assert.That(_astakos.GetQuota(user, user.Uuid, Vm), Is.EqualTo(new AstakosQuotaState(2, 5, 0)));
    }

    [Test]
    public async Task A_commission_reads_back_with_its_provisions()
    {
        var user = _astakos.AddUser("info@example.org");
        var serial = await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Ram)] = 512 }, "memory");

        var info = await Service.GetCommissionInfoAsync(serial);

        Assert.That(info.Serial, Is.EqualTo(serial));
        Assert.That(info.Name, Is.EqualTo("memory"));
        Assert.That(info.IssueTime, Is.Not.Null);
        Assert.That(info.Provisions, Is.EqualTo(Provision.ForUserAndProject(user.Uuid, user.Uuid, Ram, 512).ToList()));
        await Service.RejectCommissionAsync(serial);
    }

    [Test]
    public async Task Bulk_resolve_reports_accepted_rejected_and_failed_serials()
    {
        var user = _astakos.AddUser("bulk@example.org");
        async Task<long> IssueAsync() => await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Ram)] = 10 });
        var (a, b, c) = (await IssueAsync(), await IssueAsync(), await IssueAsync());

        var result = await Service.ResolveCommissionsAsync([a, c, 999_999], [b, c]);

        Assert.That(result.Accepted, Is.EqualTo(new[] { a }));
        Assert.That(result.Rejected, Is.EqualTo(new[] { b }));
        Assert.That(result.Failed.Select(f => f.Serial), Is.EquivalentTo(new[] { c, 999_999L }));
        Assert.That(result.Failed.Single(f => f.Serial == c).Fault.Code, Is.EqualTo(400));
        Assert.That(result.Failed.Single(f => f.Serial == 999_999).Fault.Code, Is.EqualTo(404));
        Assert.That(_astakos.GetQuota(user, user.Uuid, Ram), Is.EqualTo(new AstakosQuotaState(1024, 10, 10)));
    }

    [Test]
    public async Task Commissions_are_private_to_the_component_that_issued_them()
    {
        var user = _astakos.AddUser("scoped@example.org");
        var pithos = _astakos.AddService("pithos_object-store");
        var serial = await Service.IssueOneCommissionAsync(user.Uuid, new Dictionary<(string, string), long> { [(user.Uuid, Vm)] = 1 });

        Assert.That(await _clients.As(pithos.Token).GetPendingCommissionsAsync(), Does.Not.Contain(serial));
        await Fails.With<NotFoundException>(() => _clients.As(pithos.Token).AcceptCommissionAsync(serial));
        await Service.RejectCommissionAsync(serial);
    }

    [Test]
    public async Task A_provision_without_a_holding_is_not_found()
    {
        var error = await Fails.With<NotFoundException>(() => Service.IssueCommissionAsync(new CommissionRequest
        {
            Provisions = [new Provision("user:no-such-user", "project:no-such-project", Vm, 1)],
        }));
        Assert.That(error.Fault?.Name, Is.EqualTo("itemNotFound"));
    }

    [Test]
    public async Task Service_calls_need_a_service_token_and_user_calls_a_user_token()
    {
        var user = _astakos.AddUser("tokens@example.org");
        await Fails.With<UnauthorizedException>(() => _clients.As(user.Token).GetPendingCommissionsAsync());
        await Fails.With<UnauthorizedException>(() => Service.GetQuotasAsync());
        Assert.That(await Service.GetPendingCommissionsAsync(), Is.Not.Null);
    }

    [Test]
    public async Task Service_quotas_filter_by_user_and_project_and_report_unknown_users()
    {
        var user = _astakos.AddUser("service-quotas@example.org");
        _astakos.SetQuota(user, user.Uuid, Vm, limit: 7);

        var byUser = await Service.ServiceGetQuotasAsync(user.Uuid);
        var byProject = await Service.ServiceGetProjectQuotasAsync(user.Uuid);

        Assert.That(byUser.Keys, Is.EqualTo(new[] { user.Uuid }));
        Assert.That(byUser[user.Uuid][user.Uuid][Vm].Limit, Is.EqualTo(7));
        Assert.That(byProject[user.Uuid][Vm].ProjectLimit, Is.EqualTo(7));
        var error = await Fails.With<NotFoundException>(() => Service.ServiceGetQuotasAsync("no-such-user"));
        Assert.That(error.Fault?.Message, Is.EqualTo("No user with UUID 'no-such-user'"));
    }
}
