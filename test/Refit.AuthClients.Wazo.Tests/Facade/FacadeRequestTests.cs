using System.Reflection;
using Refit.AuthClients.Wazo.Api;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>
/// Every facade method sends exactly the request of the reference client (as §8 and §13 describe it) and returns the
/// parsed answer. The client has a tenant of its own; tenant-scoped calls name another one, which must win.
/// </summary>
public class FacadeRequestTests
{
    private static IEnumerable<TestCaseData> Cases() => FacadeCases.All().Select(call => new TestCaseData(call).SetName(call.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task Sends_the_exact_request_and_returns_the_parsed_answer(object boxed)
    {
        var call = (FacadeCall)boxed;
        using var h = FacadeHarness.Create();
        var expected = h.Expect(call.Method, call.Path).WithExactQueryString(call.Query);
        expected = call.Token is null ? expected.WithoutHeader("X-Auth-Token") : expected.WithHeaders("X-Auth-Token", call.Token);
        expected = call.Tenant is null ? expected.WithoutHeader(WazoHeaders.Tenant) : expected.WithHeaders(WazoHeaders.Tenant, call.Tenant);
        expected = call.Body is not null ? expected.WithJsonBody(call.Body) : call.Match is null ? expected.WithoutBody() : expected;
        foreach (var (name, value) in call.Headers)
        {
            expected = expected.WithHeaders(name, value);
        }

        if (call.Match is not null)
        {
            expected = expected.With(call.Match);
        }

        if (call.Response is not null)
        {
            var respond = call.Response;
            expected.Respond(_ => respond());
        }
        else if (call.Answer is not null)
        {
            expected.RespondJson(call.Answer, call.Status);
        }
        else
        {
            expected.RespondEmpty(call.Status);
        }

        var result = await call.Invoke(h.Client);

        h.Mock.VerifyNoOutstandingExpectation();
        call.Check(result);
    }

    [Test]
    public void Every_method_of_every_sub_client_has_a_case_except_the_paging_companions()
    {
        var methods = typeof(IWazoAuthClient).GetProperties()
            .Where(p => p.PropertyType.IsInterface)
            .SelectMany(p => p.PropertyType.GetMethods().Select(m => (Property: p.Name, Method: m)))
            .Where(x => !IsPagingCompanion(x.Method))
            .Select(x => $"{x.Property}.{x.Method.Name}")
            .ToHashSet();
        var covered = FacadeCases.All().Select(c => c.Covers).ToHashSet();

        // The reference's 86 methods, less the two dead tenant-policy calls, plus tenant reparenting and the mobile sender id.
        Assert.That(methods, Has.Count.EqualTo(86));
        Assert.That(methods.Except(covered), Is.Empty);
        Assert.That(covered.Except(methods), Is.Empty);
    }

    internal static bool IsPagingCompanion(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);
}
