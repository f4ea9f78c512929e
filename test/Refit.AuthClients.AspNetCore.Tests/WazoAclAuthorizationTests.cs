using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.AspNetCore.Tests.Support;

namespace Refit.AuthClients.AspNetCore.Tests;

public sealed class WazoAclAuthorizationTests : HostTest
{
    private const string Me = FakeWazoAuth.AuthId;
    private readonly FakeWazoAuth _wazo;

    public WazoAclAuthorizationTests()
    {
        _wazo = Own(new FakeWazoAuth());
    }

    private static DateTimeOffset InAnHour => DateTimeOffset.UtcNow.AddHours(1);

    [TestCase("confd.users.me.read", "/users/" + Me, HttpStatusCode.OK)]
    [TestCase("confd.users.me.read", "/users/someone-else", HttpStatusCode.Forbidden)]
    [TestCase("confd.users.*.read", "/users/someone-else", HttpStatusCode.OK)]
    [TestCase("confd.users.a_b.read", "/users/a.b", HttpStatusCode.OK)]
    [TestCase("confd.#", "/users/42", HttpStatusCode.OK)]
    [TestCase("confd.users.42.update", "/users/42", HttpStatusCode.Forbidden)]
    public async Task The_attribute_fills_the_acl_from_the_route_and_matches_it_as_wazo_does(string granted, string path, HttpStatusCode expected)
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, granted);

        var response = await app.GetAsync(path, ("X-Auth-Token", token));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_negated_acl_forbids_what_another_grants()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "confd.#", "!confd.users.me.#");

        var mine = await app.GetAsync("/users/" + Me, ("X-Auth-Token", token));
        var other = await app.GetAsync("/users/42", ("X-Auth-Token", token));

        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Without_a_valid_token_the_answer_is_401_not_403()
    {
        var app = await StartAsync();

        var none = await app.GetAsync("/users/42");
        var unknown = await app.GetAsync("/users/42", ("X-Auth-Token", Guid.NewGuid().ToString()));

        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Every_repeated_attribute_must_be_granted()
    {
        var app = await StartAsync();
        var readOnly = _wazo.Issue(InAnHour, "confd.users.*.read");
        var both = _wazo.Issue(InAnHour, "confd.users.*.read", "confd.users.*.update");

        var refused = await app.GetAsync("/users/42/edit", ("X-Auth-Token", readOnly));
        var allowed = await app.GetAsync("/users/42/edit", ("X-Auth-Token", both));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_policy_and_an_endpoint_convention_require_acls_too()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "calld.calls.read", "auth.sessions.my_session.delete");
        var other = _wazo.Issue(InAnHour, "confd.#");

        var byPolicy = await app.GetAsync("/calls", ("X-Auth-Token", token));
        var byConvention = await app.GetAsync("/sessions/" + FakeWazoAuth.SessionUuid, ("X-Auth-Token", token));
        var refused = await app.GetAsync("/calls", ("X-Auth-Token", other));

        Assert.That(byPolicy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(byConvention.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_placeholder_the_route_does_not_fill_grants_nothing()
    {
        var app = await StartAsync();
        var token = _wazo.Issue(InAnHour, "#");

        var response = await app.GetAsync("/broken", ("X-Auth-Token", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_authorization_service_accepts_route_values_as_the_resource()
    {
        var app = await StartAsync();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(AuthClaimTypes.WazoAuthId, "alice"), new Claim(AuthClaimTypes.WazoAcl, "confd.users.me.read")],
            "test"));

        var granted = await authorization.AuthorizeAsync(user, new RouteValueDictionary { ["id"] = "alice" }, new WazoAclRequirement("confd.users.{id}.read"));
        var refused = await authorization.AuthorizeAsync(user, new RouteValueDictionary { ["id"] = "bob" }, new WazoAclRequirement("confd.users.{id}.read"));

        Assert.That(granted.Succeeded, Is.True);
        Assert.That(refused.Succeeded, Is.False);
    }

    [Test]
    public void An_empty_acl_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => _ = new RequireWazoAclAttribute(" "));
        Assert.Throws<ArgumentException>(() => _ = new WazoAclRequirement(string.Empty));
    }

    private Task<TestApp> StartAsync() =>
        StartAppAsync(
            services =>
            {
                _wazo.AddClient(services);
                services.AddAuthentication(WazoAuthenticationDefaults.AuthenticationScheme).AddWazoAuth();
                services.AddAuthorization(o => o.AddPolicy("read-calls", p => p.RequireAuthenticatedUser().RequireWazoAcl("calld.calls.read")));
            },
            app =>
            {
                app.MapGet("/users/{id}", [RequireWazoAcl("confd.users.{id}.read")] (string id) => id);
                app.MapGet("/users/{id}/edit", [RequireWazoAcl("confd.users.{id}.read")][RequireWazoAcl("confd.users.{id}.update")] (string id) => id);
                app.MapGet("/calls", () => "calls").RequireAuthorization("read-calls");
                app.MapGet("/sessions/{session}", (string session) => session).RequireWazoAcl("auth.sessions.{session}.delete");
                app.MapGet("/broken", () => "never").RequireWazoAcl("confd.users.{id}.read");
            });
}
