using Refit.AuthClients.Wazo.Models;
using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

internal static partial class FacadeCases
{
    private static readonly string UserPath = "/users/" + UserUuid;

    private static IEnumerable<FacadeCall> UserCalls()
    {
        yield return FacadeCall.Of(
            "Users.ListAsync",
            c => c.Users.ListAsync(new WazoUserListQuery { Search = "foo", Limit = 5, Offset = 10, Order = "username", Direction = WazoSortDirection.Asc }, Sub),
            Get,
            "/users",
            (WazoList<WazoUser> list) => Assert.That((list.Total, list.Filtered, list.Items[0].Username), Is.EqualTo((42, (int?)5, "foobar")))) with
        {
            Query = "search=foo&order=username&direction=asc&limit=5&offset=10",
            Tenant = Sub,
            Answer = UserList,
        };
        yield return FacadeCall.Of(
            "Users.CreateAsync",
            c => c.Users.CreateAsync(new WazoUserCreate { Username = "alice", EmailAddress = "alice@example.com", Password = "s3cr37" }, Sub),
            Post,
            "/users",
            (WazoUser user) => AssertUser(user)) with
        {
            Tenant = Sub,
            Body = """{"username": "alice", "email_address": "alice@example.com", "password": "s3cr37"}""",
            Answer = User,
        };
        yield return FacadeCall.Of(
            "Users.RegisterAsync",
            c => c.Users.RegisterAsync(new WazoUserRegistration { Username = "alice", EmailAddress = "alice@example.com", Password = "s3cr37" }),
            Post,
            "/users/register",
            (WazoUser user) => AssertUser(user)) with
        {
            Body = """{"username": "alice", "email_address": "alice@example.com", "password": "s3cr37"}""",
            Answer = User,
        };
        yield return FacadeCall.Of("Users.GetAsync", c => c.Users.GetAsync(UserUuid, Sub), Get, UserPath, (WazoUser user) => AssertUser(user))
            with { Tenant = Sub, Answer = User };
        yield return FacadeCall.Of(
            "Users.UpdateAsync",
            c => c.Users.UpdateAsync(UserUuid, new WazoUserUpdate { Firstname = "foo", Username = "bar" }, Sub),
            Put,
            UserPath,
            (WazoUser user) => AssertUser(user)) with
        {
            Tenant = Sub,
            Body = """{"firstname": "foo", "username": "bar"}""",
            Answer = User,
        };
        yield return FacadeCall.Of("Users.DeleteAsync", c => c.Users.DeleteAsync(UserUuid, Sub), Delete, UserPath) with { Tenant = Sub };
        yield return FacadeCall.Of("Users.ChangePasswordAsync", c => c.Users.ChangePasswordAsync(UserUuid, "s3cr37", "n3w-s3cr37", Sub), Put, UserPath + "/password")
            with { Tenant = Sub, Body = """{"old_password": "s3cr37", "new_password": "n3w-s3cr37"}""" };
        yield return FacadeCall.Of("Users.ResetPasswordAsync", c => c.Users.ResetPasswordAsync(email: "alice@example.com"), Get, "/users/password/reset")
            with { Query = "email=alice%40example.com" };
        yield return FacadeCall.Of(
            "Users.SetPasswordAsync",
            c => c.Users.SetPasswordAsync(UserUuid, "n3w-s3cr37", token: "mail-token", tenant: Sub),
            Post,
            "/users/password/reset") with
        {
            Query = "user_uuid=" + UserUuid,
            Token = "mail-token",
            Tenant = Sub,
            Body = """{"password": "n3w-s3cr37"}""",
        };
        yield return FacadeCall.Of(
            "Users.UpdateEmailsAsync",
            c => c.Users.UpdateEmailsAsync(UserUuid, [new WazoEmailAddressUpdate { Address = "foobar@example.com", Main = true }], Sub),
            Put,
            UserPath + "/emails",
            (IReadOnlyList<WazoUserEmail> emails) => Assert.That((emails[0].Address, emails[0].Confirmed), Is.EqualTo(("foobar@example.com", (bool?)false)))) with
        {
            Tenant = Sub,
            Body = """{"emails": [{"address": "foobar@example.com", "main": true}]}""",
            Answer = Emails,
        };
        yield return FacadeCall.Of(
            "Admin.UpdateUserEmailsAsync",
            c => c.Admin.UpdateUserEmailsAsync(UserUuid, [new WazoEmailAddressUpdate { Address = "foobar@example.com", Main = true, Confirmed = true }], Sub),
            Put,
            $"/admin/users/{UserUuid}/emails",
            (IReadOnlyList<WazoUserEmail> emails) => Assert.That(emails.Single().Uuid, Is.EqualTo(EmailUuid))) with
        {
            Tenant = Sub,
            Body = """{"emails": [{"address": "foobar@example.com", "main": true, "confirmed": true}]}""",
            Answer = Emails,
        };
        yield return FacadeCall.Of(
            "Users.RequestConfirmationEmailAsync",
            c => c.Users.RequestConfirmationEmailAsync(UserUuid, EmailUuid, Sub),
            Get,
            $"{UserPath}/emails/{EmailUuid}/confirm") with { Tenant = Sub };
        yield return FacadeCall.Of("Users.AddPolicyAsync", c => c.Users.AddPolicyAsync(UserUuid, PolicyUuid, Sub), Put, $"{UserPath}/policies/{PolicyUuid}")
            with { Tenant = Sub };
        yield return FacadeCall.Of("Users.RemovePolicyAsync", c => c.Users.RemovePolicyAsync(UserUuid, PolicyUuid, Sub), Delete, $"{UserPath}/policies/{PolicyUuid}")
            with { Tenant = Sub };
        yield return FacadeCall.Of(
            "Users.GetGroupsAsync",
            c => c.Users.GetGroupsAsync(UserUuid, new WazoListQuery { Limit = 1 }, Sub),
            Get,
            UserPath + "/groups",
            (WazoList<WazoGroup> list) => Assert.That((list.Total, list.Items[0].Name), Is.EqualTo((3, "g1")))) with
        {
            Query = "limit=1",
            Tenant = Sub,
            Answer = GroupList,
        };
        yield return FacadeCall.Of(
            "Users.GetPoliciesAsync",
            c => c.Users.GetPoliciesAsync(UserUuid, new WazoListQuery { Search = "user" }, Sub),
            Get,
            UserPath + "/policies",
            (WazoList<WazoPolicy> list) => Assert.That(list.Items[0].Slug, Is.EqualTo("user"))) with
        {
            Query = "search=user",
            Tenant = Sub,
            Answer = PolicyListWithFiltered,
        };
        yield return FacadeCall.Of(
            "Users.GetSessionsAsync",
            c => c.Users.GetSessionsAsync(UserUuid, new WazoListQuery { Limit = 10, Offset = 20 }, Sub),
            Get,
            UserPath + "/sessions",
            (WazoList<WazoSession> list) => Assert.That(list.Items[0].Mobile, Is.True)) with
        {
            Query = "limit=10&offset=20",
            Tenant = Sub,
            Answer = Sessions,
        };
        yield return FacadeCall.Of("Users.RemoveSessionAsync", c => c.Users.RemoveSessionAsync(UserUuid, SessionUuid, Sub), Delete, $"{UserPath}/sessions/{SessionUuid}")
            with { Tenant = Sub };
        yield return FacadeCall.Of(
            "Sessions.ListAsync",
            c => c.Sessions.ListAsync(new WazoListQuery { Limit = 10, Offset = 20, Recurse = false }, Sub),
            Get,
            "/sessions",
            (WazoList<WazoSession> list) => Assert.That(list.Items[0].UserUuid, Is.EqualTo(UserUuid))) with
        {
            Query = "limit=10&offset=20&recurse=false",
            Tenant = Sub,
            Answer = Sessions,
        };
        yield return FacadeCall.Of("Sessions.DeleteAsync", c => c.Sessions.DeleteAsync(SessionUuid, Sub), Delete, "/sessions/" + SessionUuid)
            with { Tenant = Sub };
    }

    private static void AssertUser(WazoUser user) => Assert.Multiple(() =>
    {
        Assert.That(user.Uuid, Is.EqualTo(UserUuid));
        Assert.That(user.Username, Is.EqualTo("foobar"));
        Assert.That(user.TenantUuid, Is.EqualTo(TenantUuid));
        Assert.That(user.Emails.Single().Confirmed, Is.True);
    });
}
