using Refit.AuthClients.Wazo.Acl;

namespace Refit.AuthClients.Wazo.Tests.Acl;

public class WazoAclTests
{
    private const string AuthId = "5cdff4a3-24a3-494f-8d32-9c8695e868f9";
    private const string Session = "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e";

    private static readonly object[] Cases =
    [
        // Literals match the whole required access, nothing more, nothing less.
        Case("confd.users.read", "confd.users.read", true),
        Case("confd.users.read", "confd.users.read.extra", false),
        Case("confd.users.read", "confd.users", false),
        Case("confd.users.read", "CONFD.users.read", false),
        Case("confd.users.read", "confdXusers.read", false),

        // * is a run without a dot (nor a '#'): one segment, possibly empty, or part of one.
        Case("confd.users.*.read", "confd.users.42.read", true),
        Case("confd.users.*.read", "confd.users.a.b.read", false),
        Case("confd.users.*.read", "confd.users..read", true),
        Case("confd.*", "confd.users", true),
        Case("confd.*", "confd.users.read", false),
        Case("confd.user*.read", "confd.users.read", true),
        Case("confd.*s.read", "confd.users.read", true),
        Case("*.*.*", "a.b.c", true),
        Case("*.*.*", "a.b", false),

        // * never matches a '#' of the required access (wazo's [^.#]*?): a one-segment grant is not an any-run grant.
        Case("confd.*", "confd.#", false),
        Case("confd.*.read", "confd.#.read", false),
        Case("confd.us*", "confd.us#", false),
        Case("*", "#", false),
        Case("confd.#", "confd.#", true),
        Case("#", "confd.#", true),

        // # is any run, dots included.
        Case("confd.#", "confd.users.42.read", true),
        Case("confd.#", "confd.", true),
        Case("confd.#", "confd", false),
        Case("#", "anything.at.all", true),
        Case("confd.#.read", "confd.users.42.read", true),
        Case("confd.#.read", "confd.users.42.update", false),
        Case("#.read", "confd.users.read", true),
        Case("confd.#.#.read", "confd.a.b.c.read", true),

        // me: the word itself or the token's auth id, as a whole segment only.
        Case("confd.users.me.read", "confd.users.me.read", true),
        Case("confd.users.me.read", $"confd.users.{AuthId}.read", true),
        Case("confd.users.me.read", "confd.users.someone-else.read", false),
        Case("confd.users.me", $"confd.users.{AuthId}", true),
        Case("me.#", $"{AuthId}.anything", true),
        Case("confd.users.meX.read", $"confd.users.{AuthId}.read", false),
        Case("confd.users.me*.read", $"confd.users.{AuthId}.read", false),
        Case("confd.users.*.read", $"confd.users.{AuthId}.read", true),

        // my_session: the word itself or the token's session.
        Case("auth.sessions.my_session.delete", $"auth.sessions.{Session}.delete", true),
        Case("auth.sessions.my_session.delete", "auth.sessions.my_session.delete", true),
        Case("auth.sessions.my_session.delete", $"auth.sessions.{AuthId}.delete", false),

        // ! forbids what it matches, whatever grants it, in any order.
        Case(["confd.#", "!confd.users.*.delete"], "confd.users.42.delete", false),
        Case(["!confd.users.*.delete", "confd.#"], "confd.users.42.delete", false),
        Case(["confd.#", "!confd.users.*.delete"], "confd.users.42.read", true),
        Case(["!confd.#"], "confd.users.42.read", false),
        Case(["#", "!confd.users.me.#"], $"confd.users.{AuthId}.read", false),
        Case(["#", "!confd.users.me.#"], "confd.users.other.read", true),

        // Several grants: any one suffices; nothing granted, nothing allowed.
        Case(["dird.me.#", "confd.users.me.read"], $"confd.users.{AuthId}.read", true),
        Case([], "confd.users.read", false),
        Case(["", "!"], "confd.users.read", false),

        // Characters regex would read specially are plain text here.
        Case("calld.calls.(x).read", "calld.calls.(x).read", true),
        Case("calld.calls.[a-z].read", "calld.calls.b.read", false),
        Case("calld.calls.a+.read", "calld.calls.aa.read", false),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Matches_as_wazo_does(string[] granted, string required, bool expected) =>
        Assert.That(WazoAcl.IsGranted(granted, required, AuthId, Session), Is.EqualTo(expected));

    [Test]
    public void Without_an_auth_id_me_is_only_the_word()
    {
        Assert.That(WazoAcl.IsGranted(["confd.users.me.read"], "confd.users.me.read", authId: null), Is.True);
        Assert.That(WazoAcl.IsGranted(["confd.users.me.read"], "confd.users..read", authId: null), Is.False);
        Assert.That(WazoAcl.IsGranted(["confd.users.me.read"], "confd.users..read", authId: string.Empty), Is.False);
    }

    [Test]
    public void The_identity_of_each_call_is_its_own_even_with_cached_patterns()
    {
        string[] granted = ["confd.users.me.read"];

        Assert.That(WazoAcl.IsGranted(granted, "confd.users.alice.read", "alice"), Is.True);
        Assert.That(WazoAcl.IsGranted(granted, "confd.users.alice.read", "bob"), Is.False);
        Assert.That(WazoAcl.IsGranted(granted, "confd.users.bob.read", "bob"), Is.True);
    }

    [Test]
    public void Many_wildcards_against_a_long_access_answer_quickly()
    {
        var granted = new[] { string.Join('.', Enumerable.Repeat("#", 30)) + ".never" };
        var required = string.Join('.', Enumerable.Repeat("segment", 200));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = WazoAcl.IsGranted(granted, required);

        Assert.That(result, Is.False);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void A_missing_required_access_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => WazoAcl.IsGranted(["#"], " "));
        Assert.Throws<ArgumentNullException>(() => WazoAcl.IsGranted(["#"], null!));
        Assert.Throws<ArgumentNullException>(() => WazoAcl.IsGranted(null!, "confd.users.read"));
    }

    [TestCase("confd.users.{id}.read", "42", "confd.users.42.read")]
    [TestCase("confd.users.{id}.read", "my.app", "confd.users.my_app.read")]
    [TestCase("confd.users.read", "unused", "confd.users.read")]
    [TestCase("{id}", "a.b.c", "a_b_c")]
    public void Templates_are_filled_with_dots_turned_to_underscores(string template, string value, string expected) =>
        Assert.That(WazoAcl.FillTemplate(template, _ => value), Is.EqualTo(expected));

    [Test]
    public void Templates_name_each_placeholder()
    {
        var values = new Dictionary<string, string> { ["user"] = "u1", ["line"] = "l.2" };

        var filled = WazoAcl.FillTemplate("confd.users.{user}.lines.{line}.read", name => values.GetValueOrDefault(name));

        Assert.That(filled, Is.EqualTo("confd.users.u1.lines.l_2.read"));
    }

    [Test]
    public void A_placeholder_without_a_value_fills_nothing()
    {
        Assert.That(WazoAcl.FillTemplate("confd.users.{id}.read", _ => null), Is.Null);
        Assert.Throws<FormatException>(() => WazoAcl.FillTemplate("confd.users.{id.read", _ => "x"));
    }

    private static object[] Case(string granted, string required, bool expected) => [new[] { granted }, required, expected];

    private static object[] Case(string[] granted, string required, bool expected) => [granted, required, expected];
}
