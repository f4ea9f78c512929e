using Refit.AuthClients.Astakos;
using Refit.AuthClients.Testing.Astakos;
using Refit.AuthClients.Testing.Tests.Support;

namespace Refit.AuthClients.Testing.Tests.Astakos;

/// <summary>Projects and memberships, through the Astakos client, and the quota they give their members.</summary>
public class AstakosProjectTests
{
    private const string Vm = "cyclades.vm";

    private AstakosEmulator _astakos = null!;
    private AstakosClients _clients = null!;
    private EmulatedAstakosUser _owner = null!;
    private EmulatedAstakosUser _admin = null!;
    private EmulatedAstakosService _cyclades = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _astakos = await AstakosEmulator.StartAsync();
        _astakos.AddResource(Vm, defaultLimit: 1);
        _owner = _astakos.AddUser("owner@example.org");
        _admin = _astakos.AddUser("admin@example.org", isProjectAdmin: true);
        _cyclades = _astakos.AddService("cyclades_compute");
        _clients = new AstakosClients(_astakos, _owner.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _clients.Dispose();
        await _astakos.DisposeAsync();
    }

    [Test]
    public async Task An_application_becomes_an_active_project_once_an_administrator_approves_it()
    {
        var owner = _clients.Client;
        var submitted = await owner.CreateProjectAsync(Spec("approved.pr", "auto"));
        var pending = await owner.GetProjectAsync(submitted.Id!);
        Assert.That(pending.State, Is.EqualTo("uninitialized"));
        Assert.That(pending.LastApplication!.State, Is.EqualTo("pending"));
        Assert.That(pending.LastApplication.Id, Is.EqualTo(submitted.Application));

        await Fails.With<ForbiddenException>(() => owner.ApplicationActionAsync(submitted.Id!, submitted.Application, "approve"));
        await _clients.As(_admin.Token).ApplicationActionAsync(submitted.Id!, submitted.Application, "approve", "fine");

        var active = await owner.GetProjectAsync(submitted.Id!);
        Assert.That(active.State, Is.EqualTo("active"));
        Assert.That(active.LastApplication!.State, Is.EqualTo("approved"));
        Assert.That(active.Resources![Vm].MemberCapacity, Is.EqualTo(2));
    }

    [Test]
    public async Task Joining_gives_the_member_capacity_as_quota_and_leaving_takes_it_away()
    {
        var project = await ActiveProjectAsync("join.pr", "auto");
        var member = _astakos.AddUser("member@example.org");
        var client = _clients.As(member.Token);

        var membershipId = await client.JoinProjectAsync(project);
        var quotas = await client.GetQuotasAsync();
        Assert.That((await client.GetMembershipAsync(membershipId)).State, Is.EqualTo("accepted"));
        Assert.That(quotas[project][Vm].Limit, Is.EqualTo(2));
        Assert.That(quotas[project][Vm].ProjectLimit, Is.EqualTo(10));

        var service = _clients.As(_cyclades.Token);
        await service.IssueOneCommissionAsync(member.Uuid, new Dictionary<(string, string), long> { [(project, Vm)] = 2 }, autoAccept: true);
        var error = await Fails.With<QuotaLimitException>(() => service.IssueOneCommissionAsync(
            member.Uuid, new Dictionary<(string, string), long> { [(project, Vm)] = 1 }));
        Assert.That(error.Available, Is.Zero);

        await client.MembershipActionAsync(membershipId, "leave");
        Assert.That((await client.GetMembershipAsync(membershipId)).State, Is.EqualTo("removed"));
        Assert.That(_astakos.GetQuota(member, project, Vm)!.Limit, Is.Zero);
        await Fails.With<AstakosClientException>(() => client.JoinProjectAsync(_owner.Uuid));
    }

    [Test]
    public async Task A_project_closed_to_leaving_cannot_be_left()
    {
        var project = await ActiveProjectAsync("stay.pr", "auto", leavePolicy: "closed");
        var member = _astakos.AddUser("stay@example.org");
        var client = _clients.As(member.Token);
        var membershipId = await client.JoinProjectAsync(project);

        var membership = await client.GetMembershipAsync(membershipId);
        var error = await Fails.With<AstakosClientException>(() => client.MembershipActionAsync(membershipId, "leave"));

        Assert.That(membership.AllowedActions, Does.Not.Contain("leave"));
        Assert.That(error.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Conflict));
        Assert.That((await client.GetMembershipAsync(membershipId)).State, Is.EqualTo("accepted"));
    }

    [Test]
    public async Task A_moderated_project_lets_its_owner_accept_requests_and_enroll_members()
    {
        var project = await ActiveProjectAsync("moderated.pr", "moderated");
        var applicant = _astakos.AddUser("applicant@example.org");
        var enrolled = _astakos.AddUser("enrolled@example.org");

        var requested = await _clients.As(applicant.Token).JoinProjectAsync(project);
        var asSeenByOwner = await _clients.Client.GetMembershipAsync(requested);
        Assert.That(asSeenByOwner.State, Is.EqualTo("requested"));
        Assert.That(asSeenByOwner.AllowedActions, Is.EquivalentTo(new[] { "accept", "reject" }));
        Assert.That((await _clients.As(applicant.Token).GetMembershipAsync(requested)).AllowedActions, Is.EqualTo(new[] { "cancel" }));

        await _clients.Client.MembershipActionAsync(requested, "accept", "welcome");
        var enrolledId = await _clients.Client.EnrollMemberAsync(project, "enrolled@example.org");

        var memberships = await _clients.Client.GetMembershipsAsync(project);
        Assert.That(memberships.Where(m => m.State == "accepted").Select(m => m.User),
            Is.EquivalentTo(new[] { applicant.Uuid, enrolled.Uuid }));
        Assert.That(memberships.Single(m => m.Id == enrolledId).GetStateDate("accepted"), Is.Not.Null);
        await Fails.With<ForbiddenException>(() => _clients.As(applicant.Token).EnrollMemberAsync(project, "owner@example.org"));
    }

    [Test]
    public async Task A_suspended_project_gives_its_members_no_quota_until_unsuspended()
    {
        var project = _astakos.AddProject("seeded.pr", _owner, new Dictionary<string, AstakosResourceCapacity> { [Vm] = new(5, 3) });
        var admin = _clients.As(_admin.Token);

        await admin.ProjectActionAsync(project.Id, "suspend", "overdue");
        Assert.That((await _clients.Client.GetProjectAsync(project.Id)).State, Is.EqualTo("suspended"));
        Assert.That(_astakos.GetQuota(_owner, project.Id, Vm)!.Limit, Is.Zero);

        await admin.ProjectActionAsync(project.Id, "unsuspend");
        Assert.That(_astakos.GetQuota(_owner, project.Id, Vm)!.Limit, Is.EqualTo(3));
        Assert.That(_astakos.GetProjectQuota(project.Id, Vm)!.Limit, Is.EqualTo(5));
        await Fails.With<AstakosClientException>(() => admin.ProjectActionAsync(project.Id, "reinstate"));
    }

    [Test]
    public async Task Project_lists_filter_by_mode_state_and_name()
    {
        var stranger = _astakos.AddUser("stranger@example.org");
        var project = _astakos.AddProject("listed.pr", _owner);
        _astakos.AddProject("private.pr", _owner, isPrivate: true);
        var client = _clients.As(stranger.Token);

        var visible = await client.GetProjectsAsync();
        var mine = await client.GetProjectsAsync(mode: "member");

        Assert.That(visible.Select(p => p.Name), Does.Contain("listed.pr").And.Not.Contain("private.pr"));
        Assert.That(mine.Select(p => p.Id), Is.EqualTo(new[] { stranger.Uuid }), "only the system project");
        Assert.That(mine[0].SystemProject, Is.True);
        Assert.That((await client.GetProjectsAsync(name: "listed.pr", state: "active")).Single().Id, Is.EqualTo(project.Id));
        await Fails.With<BadRequestException>(() => client.GetProjectsAsync(mode: "everything"));
    }

    [Test]
    public async Task The_default_project_must_be_an_active_project_of_the_user()
    {
        var project = _astakos.AddProject("default.pr", _owner);

        await _clients.Client.SetDefaultProjectAsync(project.Id);
        var access = await _clients.Client.AuthenticateAsync();

        Assert.That(access.Token!.Tenant!.Id, Is.EqualTo(project.Id));
        await Fails.With<NotFoundException>(() => _clients.Client.SetDefaultProjectAsync("no-such-project"));
        await _clients.Client.SetDefaultProjectAsync(_owner.Uuid);
    }

    private static ProjectSpec Spec(string name, string joinPolicy, string leavePolicy = "auto") => new()
    {
        Name = name,
        EndDate = new DateTimeOffset(2113, 5, 5, 20, 20, 20, TimeSpan.Zero),
        JoinPolicy = joinPolicy,
        LeavePolicy = leavePolicy,
        Resources = new Dictionary<string, ProjectResourcePolicy> { [Vm] = new() { ProjectCapacity = 10, MemberCapacity = 2 } },
    };

    private async Task<string> ActiveProjectAsync(string name, string joinPolicy, string leavePolicy = "auto")
    {
        var submitted = await _clients.Client.CreateProjectAsync(Spec(name, joinPolicy, leavePolicy));
        await _clients.As(_admin.Token).ApplicationActionAsync(submitted.Id!, submitted.Application, "approve");
        return submitted.Id!;
    }
}
