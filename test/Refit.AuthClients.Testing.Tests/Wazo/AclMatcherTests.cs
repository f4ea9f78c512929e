using Refit.AuthClients.Testing.Wazo;
using Refit.AuthClients.Wazo.Acl;

namespace Refit.AuthClients.Testing.Tests.Wazo;

public class AclMatcherTests
{
    private const string AuthId = "5cdff4a3-24a3-494f-8d32-9c8695e868f9";
    private const string Session = "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e";

    /// <summary>Granted ACL, required ACL, whether it is granted (for a token of <see cref="AuthId"/> and <see cref="Session"/>).</summary>
    private static readonly (string[] Acl, string Required, bool Granted)[] Table =
    [
        (["confd.users.read"], "confd.users.read", true),
        (["confd.users.read"], "confd.users.create", false),
        (["confd.users.read"], "confd.users.read.more", false),
        (["confd.users.read"], "confd.users", false),
        (["confd.users.read"], "xconfd.users.read", false),
        (["confd.users.*"], "confd.users.read", true),
        (["confd.users.*"], "confd.users.", true),
        (["confd.users.*"], "confd.users.42.read", false),
        (["confd.*.read"], "confd.users.read", true),
        (["confd.*.read"], "confd.users.lines.read", false),
        (["confd.us*.read"], "confd.users.read", true),
        (["confd.us*.read"], "confd.lines.read", false),
        (["confd.#"], "confd.users.42.read", true),
        (["confd.#"], "confd.", true),
        (["confd.#"], "confd", false),
        (["confd.#"], "dird.users.read", false),
        (["confd.*"], "confd.#", false),
        (["confd.*.read"], "confd.#.read", false),
        (["*"], "#", false),
        (["confd.#"], "confd.#", true),
        (["#"], "anything.at.all", true),
        (["#"], "", true),
        (["confd.#.read"], "confd.users.42.read", true),
        (["confd.#.read"], "confd.users.42.update", false),
        (["confd.users.me.read"], "confd.users.me.read", true),
        (["confd.users.me.read"], $"confd.users.{AuthId}.read", true),
        (["confd.users.me.read"], "confd.users.6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c.read", false),
        (["confd.users.mee.read"], $"confd.users.{AuthId}.read", false),
        ([$"confd.users.{AuthId}.read"], "confd.users.me.read", false),
        (["me.#"], $"{AuthId}.x", true),
        (["auth.sessions.my_session.delete"], $"auth.sessions.{Session}.delete", true),
        (["auth.sessions.my_session.delete"], "auth.sessions.my_session.delete", true),
        (["auth.sessions.my_session.delete"], $"auth.sessions.{AuthId}.delete", false),
        (["confd.users.read"], "confd_users_read", false),
        (["confd.(users).read"], "confd.(users).read", true),
        (["confd.u+s.read"], "confd.uus.read", false),
        (["Confd.users.read"], "confd.users.read", false),
        (["confd.#", "!confd.users.#"], "confd.lines.read", true),
        (["confd.#", "!confd.users.#"], "confd.users.read", false),
        (["!confd.users.#", "confd.#"], "confd.users.read", false),
        (["confd.users.read", "!confd.users.*"], "confd.users.read", false),
        (["!confd.users.read"], "confd.users.read", false),
        (["!confd.users.read"], "confd.lines.read", false),
        (["#", "!auth.users.me.delete"], $"auth.users.{AuthId}.delete", false),
        (["dird.#", "confd.users.me.read"], $"confd.users.{AuthId}.read", true),
        ([], "confd.users.read", false),
    ];

    private static IEnumerable<TestCaseData> Cases => Table.Select(c =>
        new TestCaseData(c.Acl, c.Required).Returns(c.Granted).SetArgDisplayNames($"[{string.Join(", ", c.Acl)}]", c.Required));

    /// <summary>The cases with a requirement (the SDK refuses an empty one as an argument error).</summary>
    private static IEnumerable<TestCaseData> CasesWithRequirement => Cases.Where(c => ((string)c.Arguments[1]!).Length > 0);

    [TestCaseSource(nameof(Cases))]
    public bool Matches_like_wazo_auth(string[] acl, string required) => new AclMatcher(acl, AuthId, Session).Matches(required);

    /// <summary>The emulator agrees with the SDK's own ACL evaluation (the one services use to check tokens locally).</summary>
    [TestCaseSource(nameof(CasesWithRequirement))]
    public bool Agrees_with_the_sdks_acl_evaluation(string[] acl, string required) => WazoAcl.IsGranted(acl, required, AuthId, Session);

    [Test]
    public void No_requirement_is_always_granted() => Assert.That(new AclMatcher([]).Matches(null), Is.True);

    [Test]
    public void Reserved_words_without_an_identity_match_only_themselves()
    {
        var matcher = new AclMatcher(["confd.users.me.read"]);
        Assert.Multiple(() =>
        {
            Assert.That(matcher.Matches("confd.users.me.read"), Is.True);
            Assert.That(matcher.Matches($"confd.users.{AuthId}.read"), Is.False);
        });
    }
}
