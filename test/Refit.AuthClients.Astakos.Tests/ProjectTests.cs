using System.Net;

namespace Refit.AuthClients.Astakos.Tests;

public sealed class ProjectTests : HarnessFixture
{
    private const string ProjectPath = "/projects/" + Fixtures.ProjectId;

    [Test]
    public async Task GetProjectsWithoutFiltersSendsNoQuery()
    {
        ExpectAccount(HttpMethod.Get, "/projects").WithNoQuery().Respond("application/json", $"[{Fixtures.ProjectResponse}]");

        var projects = await Client.GetProjectsAsync();

        VerifyRequests();
        Assert.That(projects.Single().Name, Is.EqualTo("test.pr"));
    }

    [Test]
    public async Task GetProjectsSendsEveryFilterGiven()
    {
        ExpectAccount(HttpMethod.Get, "/projects")
            .WithRawQuery("name=n&state=active&owner=o&mode=member")
            .Respond("application/json", "[]");

        var projects = await Client.GetProjectsAsync(name: "n", state: "active", owner: "o", mode: "member");

        VerifyRequests();
        Assert.That(projects, Is.Empty);
    }

    [Test]
    public async Task GetProjectReturnsTheProjectAndItsLastApplication()
    {
        ExpectAccount(HttpMethod.Get, ProjectPath).WithNoContent().Respond("application/json", Fixtures.ProjectResponse);

        var project = await Client.GetProjectAsync(Fixtures.ProjectId);

        VerifyRequests();
        Assert.That(project.Id, Is.EqualTo(Fixtures.ProjectId));
        Assert.That(project.State, Is.EqualTo("active"));
        Assert.That(project.EndDate, Is.EqualTo(new DateTimeOffset(2113, 5, 5, 20, 20, 20, TimeSpan.Zero)));
        Assert.That(project.MaxMembers, Is.EqualTo(5));
        Assert.That(project.SystemProject, Is.False);
        Assert.That(project.Resources!["cyclades.vm"].ProjectCapacity, Is.EqualTo(10));
        Assert.That(project.LastApplication!.Id, Is.EqualTo(12));
        Assert.That(project.LastApplication.Applicant, Is.EqualTo(Fixtures.OwnerId));
        Assert.That(project.LastApplication.Comments, Is.Empty);
    }

    [Test]
    public async Task CreateProjectPostsTheSpecAndReturnsTheSubmission()
    {
        ExpectAccount(HttpMethod.Post, "/projects")
            .WithJson("""
                {"name": "test.pr", "owner": "c18088be-16b1-4263-8180-043c54e22903",
                 "homepage": "https://example.org/test.pr", "description": "A test project", "comments": "",
                 "start_date": "2113-01-01T00:00:00+00:00", "end_date": "2113-05-05T20:20:20+00:00",
                 "join_policy": "auto", "leave_policy": "auto", "max_members": 5, "private": false,
                 "resources": {"cyclades.vm": {"project_capacity": 10, "member_capacity": 2}}}
                """)
            .Respond(HttpStatusCode.Created, "application/json", Fixtures.ProjectSubmissionResponse);

        var submission = await Client.CreateProjectAsync(new ProjectSpec
        {
            Name = "test.pr",
            Owner = Fixtures.OwnerId,
            Homepage = "https://example.org/test.pr",
            Description = "A test project",
            Comments = string.Empty,
            StartDate = new DateTimeOffset(2113, 1, 1, 0, 0, 0, TimeSpan.Zero),
            EndDate = new DateTimeOffset(2113, 5, 5, 20, 20, 20, TimeSpan.Zero),
            JoinPolicy = "auto",
            LeavePolicy = "auto",
            MaxMembers = 5,
            Private = false,
            Resources = new Dictionary<string, ProjectResourcePolicy> { ["cyclades.vm"] = new() { ProjectCapacity = 10, MemberCapacity = 2 } },
        });

        VerifyRequests();
        Assert.That(submission.Id, Is.EqualTo(Fixtures.ProjectId));
        Assert.That(submission.Application, Is.EqualTo(12));
    }

    [Test]
    public async Task ModifyProjectPutsOnlyTheFieldsSet()
    {
        ExpectAccount(HttpMethod.Put, ProjectPath)
            .WithJson("""{"max_members": 10, "description": "Bigger"}""")
            .Respond(HttpStatusCode.Created, "application/json", Fixtures.ProjectSubmissionResponse);

        var submission = await Client.ModifyProjectAsync(Fixtures.ProjectId, new ProjectSpec { MaxMembers = 10, Description = "Bigger" });

        VerifyRequests();
        Assert.That(submission.Application, Is.EqualTo(12));
    }

    [Test]
    public async Task ProjectActionPostsTheReason()
    {
        ExpectAccount(HttpMethod.Post, ProjectPath + "/action")
            .WithJson("""{"suspend": {"reason": "Exceeded the agreed usage"}}""")
            .Respond(HttpStatusCode.OK);

        await Client.ProjectActionAsync(Fixtures.ProjectId, "suspend", "Exceeded the agreed usage");

        VerifyRequests();
    }

    [Test]
    public async Task ApplicationActionSendsReasonAsTheServerReadsIt()
    {
        ExpectAccount(HttpMethod.Post, ProjectPath + "/action")
            .WithJson("""{"approve": {"reason": "Looks fine", "app_id": 12}}""")
            .Respond(HttpStatusCode.OK);

        await Client.ApplicationActionAsync(Fixtures.ProjectId, 12, "approve", "Looks fine");

        VerifyRequests();
    }

    [Test]
    public async Task GetMembershipsFiltersByProjectWhenGiven()
    {
        ExpectAccount(HttpMethod.Get, "/projects/memberships").WithNoQuery().Respond("application/json", $"[{Fixtures.MembershipResponse}]");
        Harness.Expect(HttpMethod.Get, AstakosHarness.Account + "/projects/memberships")
            .WithRawQuery("project=" + Fixtures.ProjectId)
            .Respond("application/json", "[]");

        var all = await Client.GetMembershipsAsync();
        var none = await Client.GetMembershipsAsync(Fixtures.ProjectId);

        VerifyRequests();
        Assert.That(all.Single().Id, Is.EqualTo(5));
        Assert.That(none, Is.Empty);
    }

    [Test]
    public async Task GetMembershipReturnsTheMembershipAndItsStateDates()
    {
        ExpectAccount(HttpMethod.Get, "/projects/memberships/5").WithNoContent().Respond("application/json", Fixtures.MembershipResponse);

        var membership = await Client.GetMembershipAsync(5);

        VerifyRequests();
        Assert.That(membership.User, Is.EqualTo(Fixtures.OwnerId));
        Assert.That(membership.Project, Is.EqualTo(Fixtures.ProjectId));
        Assert.That(membership.State, Is.EqualTo("accepted"));
        Assert.That(membership.AllowedActions, Is.EqualTo(new[] { "leave" }));
        Assert.That(membership.GetStateDate("accepted"), Is.EqualTo(new DateTimeOffset(2013, 6, 26, 12, 0, 0, TimeSpan.Zero)));
        Assert.That(membership.GetStateDate("removed"), Is.Null);
    }

    [Test]
    public async Task MembershipActionPostsTheReasonAsTheValue()
    {
        ExpectAccount(HttpMethod.Post, "/projects/memberships/5/action").WithJson("""{"accept": "Welcome aboard"}""").Respond(HttpStatusCode.OK);

        await Client.MembershipActionAsync(5, "accept", "Welcome aboard");

        VerifyRequests();
    }

    [Test]
    public async Task JoinProjectReturnsTheMembershipId()
    {
        ExpectAccount(HttpMethod.Post, "/projects/memberships")
            .WithJson("""{"join": {"project": "0bd7a8a1-5a5f-4c7d-8a53-2f3c8e1d9b11"}}""")
            .Respond("application/json", """{"id": 5}""");

        Assert.That(await Client.JoinProjectAsync(Fixtures.ProjectId), Is.EqualTo(5));
        VerifyRequests();
    }

    [Test]
    public async Task EnrollMemberReturnsTheMembershipId()
    {
        ExpectAccount(HttpMethod.Post, "/projects/memberships")
            .WithJson("""{"enroll": {"project": "0bd7a8a1-5a5f-4c7d-8a53-2f3c8e1d9b11", "user": "user@example.org"}}""")
            .Respond("application/json", """{"id": 5}""");

        Assert.That(await Client.EnrollMemberAsync(Fixtures.ProjectId, "user@example.org"), Is.EqualTo(5));
        VerifyRequests();
    }

    [Test]
    public async Task AMembershipAnswerWithoutIdIsInvalid()
    {
        ExpectAccount(HttpMethod.Post, "/projects/memberships").Respond("application/json", "{}");

        await Fails.With<InvalidResponseException>(() => Client.JoinProjectAsync(Fixtures.ProjectId));
    }
}
