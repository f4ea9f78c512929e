using static Refit.AuthClients.Wazo.Tests.WazoExamples;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>
/// A path argument of <c>.</c> or <c>..</c> is refused before any request: URI normalisation would remove the
/// segment and send the call to another resource (<c>DELETE /groups/../users/{u}</c> deletes the user).
/// </summary>
public class DotSegmentTests
{
    private static IEnumerable<TestCaseData> Calls()
    {
        yield return new TestCaseData((Func<IWazoAuthClient, Task>)(c => c.Groups.RemoveUserAsync("..", UserUuid)), "group_uuid").SetName("Groups.RemoveUserAsync would delete the user");
        yield return new TestCaseData((Func<IWazoAuthClient, Task>)(c => c.Users.RemovePolicyAsync("..", PolicyUuid)), "user_uuid").SetName("Users.RemovePolicyAsync would delete the policy");
        yield return new TestCaseData((Func<IWazoAuthClient, Task>)(c => c.Users.RemoveSessionAsync("..", SessionUuid)), "user_uuid").SetName("Users.RemoveSessionAsync would delete the session");
        yield return new TestCaseData((Func<IWazoAuthClient, Task>)(c => c.Token.ListAsync("..")), "user_uuid_or_me").SetName("Token.ListAsync would list every refresh token");
        yield return new TestCaseData((Func<IWazoAuthClient, Task>)(c => c.Groups.GetAsync(".")), "group_uuid").SetName("Groups.GetAsync of .");
    }

    [TestCaseSource(nameof(Calls))]
    public async Task Is_refused_before_any_request(Func<IWazoAuthClient, Task> call, string pathParameter)
    {
        using var h = FacadeHarness.Create();

        var thrown = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), async () => await call(h.Client));

        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(pathParameter));
        Assert.That(thrown!.Message, Does.Contain("path segment"));
        Assert.That(h.Mock.GetMatchCount(h.Mock.Fallback), Is.Zero, "no request was sent");
    }
}
