using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private static readonly string GroupPath = "/groups/" + GroupUuid;

    private static IEnumerable<FacadeCall> GroupCalls()
    {
        yield return FacadeCall.Of(
            "Groups.ListAsync",
            c => c.Groups.ListAsync(new WazoGroupListQuery { Search = "g", Name = "g1", Order = "name", Direction = WazoSortDirection.Desc, Limit = 10, Offset = 20 }, Sub),
            Get,
            "/groups",
            (WazoList<WazoGroup> list) => Assert.That((list.Total, list.Filtered, list.Items[0].Uuid), Is.EqualTo((3, (int?)1, GroupUuid)))) with
        {
            Query = "search=g&order=name&direction=desc&limit=10&offset=20&name=g1",
            Tenant = Sub,
            Answer = GroupList,
        };
        yield return FacadeCall.Of("Groups.CreateAsync", c => c.Groups.CreateAsync(new WazoGroupCreate { Name = "g1" }, Sub), Post, "/groups", (WazoGroup g) => AssertGroup(g))
            with { Tenant = Sub, Body = """{"name": "g1"}""", Answer = Group };
        yield return FacadeCall.Of("Groups.GetAsync", c => c.Groups.GetAsync(GroupUuid, Sub), Get, GroupPath, (WazoGroup g) => AssertGroup(g))
            with { Tenant = Sub, Answer = Group };
        yield return FacadeCall.Of("Groups.UpdateAsync", c => c.Groups.UpdateAsync(GroupUuid, new WazoGroupUpdate { Name = "new" }, Sub), Put, GroupPath, (WazoGroup g) => AssertGroup(g))
            with { Tenant = Sub, Body = """{"name": "new"}""", Answer = Group };
        yield return FacadeCall.Of("Groups.DeleteAsync", c => c.Groups.DeleteAsync(GroupUuid, Sub), Delete, GroupPath) with { Tenant = Sub };
        yield return FacadeCall.Of(
            "Groups.GetPoliciesAsync",
            c => c.Groups.GetPoliciesAsync(GroupUuid, tenant: Sub),
            Get,
            GroupPath + "/policies",
            (WazoList<WazoPolicy> list) => Assert.That((list.Total, list.Filtered), Is.EqualTo((1, (int?)null)))) with
        {
            Tenant = Sub,
            Answer = PolicyList,
        };
        yield return FacadeCall.Of("Groups.AddPolicyAsync", c => c.Groups.AddPolicyAsync(GroupUuid, "user", Sub), Put, GroupPath + "/policies/user")
            with { Tenant = Sub };
        yield return FacadeCall.Of("Groups.RemovePolicyAsync", c => c.Groups.RemovePolicyAsync(GroupUuid, PolicyUuid, Sub), Delete, $"{GroupPath}/policies/{PolicyUuid}")
            with { Tenant = Sub };
        yield return FacadeCall.Of(
            "Groups.GetUsersAsync",
            c => c.Groups.GetUsersAsync(GroupUuid, new WazoListQuery { Order = "username" }, Sub),
            Get,
            GroupPath + "/users",
            (WazoList<WazoUser> list) => Assert.That(list.Items[0].Uuid, Is.EqualTo(UserUuid))) with
        {
            Query = "order=username",
            Tenant = Sub,
            Answer = UserList,
        };
        yield return FacadeCall.Of("Groups.AddUserAsync", c => c.Groups.AddUserAsync(GroupUuid, UserUuid, Sub), Put, $"{GroupPath}/users/{UserUuid}")
            with { Tenant = Sub };
        yield return FacadeCall.Of("Groups.RemoveUserAsync", c => c.Groups.RemoveUserAsync(GroupUuid, UserUuid, Sub), Delete, $"{GroupPath}/users/{UserUuid}")
            with { Tenant = Sub };
    }

    private static IEnumerable<FacadeCall> PolicyCalls()
    {
        var policyPath = "/policies/" + PolicyUuid;
        yield return FacadeCall.Of(
            "Policies.ListAsync",
            c => c.Policies.ListAsync(
                new WazoPolicyListQuery { Search = "user", Order = "name", Direction = WazoSortDirection.Asc, Limit = 10, Offset = 0, Recurse = true },
                Sub),
            Get,
            "/policies",
            (WazoList<WazoPolicy> list) => AssertPolicy(list.Items.Single())) with
        {
            Query = "search=user&order=name&direction=asc&limit=10&offset=0&recurse=true",
            Tenant = Sub,
            Answer = PolicyList,
        };
        yield return FacadeCall.Of(
            "Policies.CreateAsync",
            c => c.Policies.CreateAsync(
                new WazoPolicyCreate { Name = "user", Description = "The default policy for users", Acl = ["confd.users.me.#", "dird.status.read"] },
                Sub),
            Post,
            "/policies",
            (WazoPolicy p) => AssertPolicy(p)) with
        {
            Tenant = Sub,
            Body = """{"name": "user", "description": "The default policy for users", "acl": ["confd.users.me.#", "dird.status.read"]}""",
            Answer = Policy,
        };
        yield return FacadeCall.Of("Policies.GetAsync", c => c.Policies.GetAsync(PolicyUuid, Sub), Get, policyPath, (WazoPolicy p) => AssertPolicy(p))
            with { Tenant = Sub, Answer = Policy };
        yield return FacadeCall.Of(
            "Policies.UpdateAsync",
            c => c.Policies.UpdateAsync(PolicyUuid, new WazoPolicyUpdate { Name = "user", Description = "A new description", Acl = ["#"] }, Sub),
            Put,
            policyPath,
            (WazoPolicy p) => AssertPolicy(p)) with
        {
            Tenant = Sub,
            Body = """{"name": "user", "description": "A new description", "acl": ["#"]}""",
            Answer = Policy,
        };
        yield return FacadeCall.Of("Policies.DeleteAsync", c => c.Policies.DeleteAsync(PolicyUuid, Sub), Delete, policyPath) with { Tenant = Sub };
        yield return FacadeCall.Of("Policies.AddAccessAsync", c => c.Policies.AddAccessAsync(PolicyUuid, "dird.status.read", Sub), Put, policyPath + "/acl/dird.status.read")
            with { Tenant = Sub };
        yield return FacadeCall.Of("Policies.RemoveAccessAsync", c => c.Policies.RemoveAccessAsync(PolicyUuid, "confd.users.me.#", Sub), Delete, policyPath + "/acl/confd.users.me.%23")
            with { Tenant = Sub, Match = r => r.RequestUri!.AbsolutePath.EndsWith("/acl/confd.users.me.%23", StringComparison.Ordinal) };
    }

    private static void AssertGroup(WazoGroup group) =>
        Assert.That((group.Uuid, group.Name, group.ReadOnly), Is.EqualTo((GroupUuid, "g1", (bool?)false)));

    private static void AssertPolicy(WazoPolicy policy) => Assert.Multiple(() =>
    {
        Assert.That(policy.Uuid, Is.EqualTo(PolicyUuid));
        Assert.That(policy.Slug, Is.EqualTo("user"));
        Assert.That(policy.Acl, Is.EqualTo(new[] { "confd.users.me.#", "dird.status.read" }));
        Assert.That(policy.Shared, Is.False);
    });
}
