using Refit.AuthClients.Testing.Wazo;

namespace Refit.AuthClients.Testing.Tests.Wazo;

public class AclMatcherTests
{
    private const string AuthId = "5cdff4a3-24a3-494f-8d32-9c8695e868f9";
    private const string Session = "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e";

    [TestCase("confd.users.read", "confd.users.read", ExpectedResult = true)]
    [TestCase("confd.users.read", "confd.users.create", ExpectedResult = false)]
    [TestCase("confd.users.read", "confd.users.read.more", ExpectedResult = false)]
    [TestCase("confd.users.read", "confd.users", ExpectedResult = false)]
    [TestCase("confd.users.read", "xconfd.users.read", ExpectedResult = false)]
    [TestCase("confd.users.*", "confd.users.read", ExpectedResult = true)]
    [TestCase("confd.users.*", "confd.users.", ExpectedResult = true)]
    [TestCase("confd.users.*", "confd.users.42.read", ExpectedResult = false)]
    [TestCase("confd.*.read", "confd.users.read", ExpectedResult = true)]
    [TestCase("confd.*.read", "confd.users.lines.read", ExpectedResult = false)]
    [TestCase("confd.us*.read", "confd.users.read", ExpectedResult = true)]
    [TestCase("confd.us*.read", "confd.lines.read", ExpectedResult = false)]
    [TestCase("confd.#", "confd.users.42.read", ExpectedResult = true)]
    [TestCase("confd.#", "confd.", ExpectedResult = true)]
    [TestCase("confd.#", "confd", ExpectedResult = false)]
    [TestCase("confd.#", "dird.users.read", ExpectedResult = false)]
    [TestCase("#", "anything.at.all", ExpectedResult = true)]
    [TestCase("#", "", ExpectedResult = true)]
    [TestCase("confd.#.read", "confd.users.42.read", ExpectedResult = true)]
    [TestCase("confd.#.read", "confd.users.42.update", ExpectedResult = false)]
    [TestCase("confd.users.me.read", "confd.users.me.read", ExpectedResult = true)]
    [TestCase("confd.users.me.read", "confd.users." + AuthId + ".read", ExpectedResult = true)]
    [TestCase("confd.users.me.read", "confd.users.6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c.read", ExpectedResult = false)]
    [TestCase("confd.users.mee.read", "confd.users." + AuthId + ".read", ExpectedResult = false)]
    [TestCase("confd.users." + AuthId + ".read", "confd.users.me.read", ExpectedResult = false)]
    [TestCase("me.#", AuthId + ".x", ExpectedResult = true)]
    [TestCase("auth.sessions.my_session.delete", "auth.sessions." + Session + ".delete", ExpectedResult = true)]
    [TestCase("auth.sessions.my_session.delete", "auth.sessions.my_session.delete", ExpectedResult = true)]
    [TestCase("auth.sessions.my_session.delete", "auth.sessions." + AuthId + ".delete", ExpectedResult = false)]
    [TestCase("confd.users.read", "confd_users_read", ExpectedResult = false)]
    [TestCase("confd.(users).read", "confd.(users).read", ExpectedResult = true)]
    [TestCase("confd.u+s.read", "confd.uus.read", ExpectedResult = false)]
    [TestCase("Confd.users.read", "confd.users.read", ExpectedResult = false)]
    public bool One_granted_access(string granted, string required) => new AclMatcher([granted], AuthId, Session).Matches(required);

    [TestCase(new[] { "confd.#", "!confd.users.#" }, "confd.lines.read", ExpectedResult = true)]
    [TestCase(new[] { "confd.#", "!confd.users.#" }, "confd.users.read", ExpectedResult = false)]
    [TestCase(new[] { "!confd.users.#", "confd.#" }, "confd.users.read", ExpectedResult = false)]
    [TestCase(new[] { "confd.users.read", "!confd.users.*" }, "confd.users.read", ExpectedResult = false)]
    [TestCase(new[] { "!confd.users.read" }, "confd.users.read", ExpectedResult = false)]
    [TestCase(new[] { "!confd.users.read" }, "confd.lines.read", ExpectedResult = false)]
    [TestCase(new[] { "#", "!auth.users.me.delete" }, "auth.users." + AuthId + ".delete", ExpectedResult = false)]
    [TestCase(new[] { "dird.#", "confd.users.me.read" }, "confd.users." + AuthId + ".read", ExpectedResult = true)]
    [TestCase(new string[0], "confd.users.read", ExpectedResult = false)]
    public bool Several_accesses_with_negation(string[] acl, string required) => new AclMatcher(acl, AuthId, Session).Matches(required);

    [Test]
    public void No_requirement_is_always_granted() => Assert.That(new AclMatcher([]).Matches(null), Is.True);

    [Test]
    public void Reserved_words_without_an_identity_match_only_themselves()
    {
        var matcher = new AclMatcher(["confd.users.me.read"]);
        Assert.Multiple(() =>
        {
            Assert.That(matcher.Matches("confd.users.me.read"), Is.True);
            Assert.That(matcher.Matches("confd.users." + AuthId + ".read"), Is.False);
        });
    }
}
