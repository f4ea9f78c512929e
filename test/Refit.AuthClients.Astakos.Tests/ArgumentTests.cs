namespace Refit.AuthClients.Astakos.Tests;

/// <summary>Every missing or empty required argument is refused before any request (the mock refuses every request).</summary>
public sealed class ArgumentTests : HarnessFixture
{
    private static readonly Dictionary<string, long> OneVm = new() { ["cyclades.vm"] = 1 };

    private static readonly Dictionary<string, Func<IAstakosClient, Task>> Calls = new()
    {
        ["AuthenticateAsync blank tenant"] = c => c.AuthenticateAsync(" "),
        ["GetUserInfoAsync null"] = c => c.GetUserInfoAsync(null!),
        ["GetUserInfoAsync empty"] = c => c.GetUserInfoAsync(string.Empty),
        ["ValidateTokenAsync null"] = c => c.ValidateTokenAsync(null!),
        ["ValidateTokenAsync blank belongsTo"] = c => c.ValidateTokenAsync("t", " "),
        ["GetTokenAsync no grant"] = c => c.GetTokenAsync(string.Empty, "cid", "csec"),
        ["GetTokenAsync no client"] = c => c.GetTokenAsync("authorization_code", null!, "csec"),
        ["GetTokenAsync no secret"] = c => c.GetTokenAsync("authorization_code", "cid", string.Empty),
        ["GetTokenAsync null parameter"] = c => c.GetTokenAsync("authorization_code", "cid", "csec", new Dictionary<string, string> { ["code"] = null! }),
        ["GetUsernamesAsync null"] = c => c.GetUsernamesAsync(null!),
        ["GetUsernamesAsync empty"] = c => c.GetUsernamesAsync([]),
        ["GetUsernamesAsync null item"] = c => c.GetUsernamesAsync(["u1", null!]),
        ["GetUsernameAsync null"] = c => c.GetUsernameAsync(null!),
        ["ServiceGetUsernamesAsync empty"] = c => c.ServiceGetUsernamesAsync([]),
        ["ServiceGetUsernameAsync blank"] = c => c.ServiceGetUsernameAsync(" "),
        ["GetUuidsAsync null"] = c => c.GetUuidsAsync(null!),
        ["GetUuidAsync empty"] = c => c.GetUuidAsync(string.Empty),
        ["ServiceGetUuidsAsync blank item"] = c => c.ServiceGetUuidsAsync([" "]),
        ["ServiceGetUuidAsync null"] = c => c.ServiceGetUuidAsync(null!),
        ["SendFeedbackAsync no message"] = c => c.SendFeedbackAsync(" ", "data"),
        ["SendFeedbackAsync null data"] = c => c.SendFeedbackAsync("msg", null!),
        ["SetDefaultProjectAsync null"] = c => c.SetDefaultProjectAsync(null!),
        ["ServiceGetQuotasAsync blank user"] = c => c.ServiceGetQuotasAsync(user: " "),
        ["ServiceGetQuotasAsync empty users"] = c => c.ServiceGetQuotasAsync(users: [], projectIds: null),
        ["ServiceGetProjectQuotasAsync blank"] = c => c.ServiceGetProjectQuotasAsync(string.Empty),
        ["ServiceGetProjectQuotasAsync empty list"] = c => c.ServiceGetProjectQuotasAsync(Array.Empty<string>()),
        ["IssueCommissionAsync null"] = c => c.IssueCommissionAsync(null!),
        ["IssueCommissionAsync no provisions"] = c => c.IssueCommissionAsync(new CommissionRequest { Provisions = [] }),
        ["IssueCommissionAsync blank holder"] = c => c.IssueCommissionAsync(new CommissionRequest { Provisions = [new Provision(" ", null, "r", 1)] }),
        ["IssueOneCommissionAsync no holder"] = c => c.IssueOneCommissionAsync(null!, "p1", OneVm),
        ["IssueOneCommissionAsync no source"] = c => c.IssueOneCommissionAsync("u1", " ", OneVm),
        ["IssueOneCommissionAsync null provisions"] = c => c.IssueOneCommissionAsync("u1", (IReadOnlyDictionary<(string, string), long>)null!),
        ["IssueOneCommissionAsync empty provisions"] = c => c.IssueOneCommissionAsync("u1", new Dictionary<(string, string), long>()),
        ["IssueOneCommissionAsync blank resource"] = c => c.IssueOneCommissionAsync("u1", new Dictionary<(string, string), long> { [("p1", "")] = 1 }),
        ["IssueCommissionGenericAsync null"] = c => c.IssueCommissionGenericAsync(null!, new Dictionary<(string, string), long>()),
        ["IssueCommissionGenericAsync empty"] = c => c.IssueCommissionGenericAsync(new Dictionary<(string, string, string), long>(), new Dictionary<(string, string), long>()),
        ["IssueResourceReassignmentAsync no holder"] = c => c.IssueResourceReassignmentAsync(" ", new Dictionary<(string, string, string), long> { [("a", "b", "r")] = 1 }),
        ["IssueResourceReassignmentAsync empty"] = c => c.IssueResourceReassignmentAsync("u1", new Dictionary<(string, string, string), long>()),
        ["GetCommissionInfoAsync negative"] = c => c.GetCommissionInfoAsync(-1),
        ["CommissionActionAsync no action"] = c => c.CommissionActionAsync(1, null!),
        ["ResolveCommissionsAsync null"] = c => c.ResolveCommissionsAsync(null!, []),
        ["ResolveCommissionsAsync nothing"] = c => c.ResolveCommissionsAsync([], []),
        ["GetProjectsAsync blank filter"] = c => c.GetProjectsAsync(state: ""),
        ["GetProjectAsync null"] = c => c.GetProjectAsync(null!),
        ["GetProjectAsync dot segment"] = c => c.GetProjectAsync(".."),
        ["ProjectActionAsync dot segment"] = c => c.ProjectActionAsync(".", "suspend"),
        ["CreateProjectAsync null"] = c => c.CreateProjectAsync(null!),
        ["CreateProjectAsync no name"] = c => c.CreateProjectAsync(new ProjectSpec { EndDate = DateTimeOffset.UtcNow }),
        ["CreateProjectAsync no end date"] = c => c.CreateProjectAsync(new ProjectSpec { Name = "p" }),
        ["ModifyProjectAsync no id"] = c => c.ModifyProjectAsync(" ", new ProjectSpec()),
        ["ModifyProjectAsync null spec"] = c => c.ModifyProjectAsync("p1", null!),
        ["ProjectActionAsync no action"] = c => c.ProjectActionAsync("p1", " "),
        ["ProjectActionAsync no id"] = c => c.ProjectActionAsync(null!, "suspend"),
        ["ApplicationActionAsync negative app"] = c => c.ApplicationActionAsync("p1", -1, "approve"),
        ["GetMembershipsAsync blank project"] = c => c.GetMembershipsAsync(" "),
        ["GetMembershipAsync negative"] = c => c.GetMembershipAsync(-5),
        ["MembershipActionAsync no action"] = c => c.MembershipActionAsync(5, string.Empty),
        ["JoinProjectAsync null"] = c => c.JoinProjectAsync(null!),
        ["EnrollMemberAsync no email"] = c => c.EnrollMemberAsync("p1", " "),
    };

    private static IEnumerable<string> CallNames => Calls.Keys;

    [TestCaseSource(nameof(CallNames))]
    public async Task IsRefusedBeforeAnyRequest(string call)
    {
        await Fails.With<ArgumentException>(() => Calls[call](Client));

        Assert.That(Harness.Mock.GetMatchCount(Harness.Mock.Fallback), Is.Zero);
    }
}
