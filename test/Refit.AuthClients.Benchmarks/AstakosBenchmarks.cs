using Microsoft.Extensions.DependencyInjection;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// An Astakos account call; the facade comes from <c>AddAstakosClient</c> and discovers the account prefix once,
/// during the warm-up. The bare Refit interface sends its placeholder prefix, which the server answers too.
/// </summary>
public abstract class AstakosBenchmark : CallBenchmark
{
    protected IAstakosClient Facade { get; private set; } = null!;

    protected IAstakosAccountApi Api { get; private set; } = null!;

    protected override string RawBasePath => Payloads.AccountPrefix.TrimStart('/') + "/";

    protected override string RefitBasePath => string.Empty;

    protected override void Register(IServiceCollection services, Uri server) =>
        services.AddAstakosClient(options =>
        {
            options.AuthUrl = new Uri(server, Payloads.IdentityPrefix.TrimStart('/'));
            Configure(options);
        });

    protected override void Resolve(IServiceProvider services)
    {
        Facade = services.GetRequiredService<IAstakosClient>();
        Api = RestService.For<IAstakosAccountApi>(RefitHttp, Transport.RefitSettings);
    }
}

/// <summary><c>GetUsernamesAsync</c>: <c>POST {account}/user_catalogs</c> for five UUIDs.</summary>
public class AstakosGetUsernames : AstakosBenchmark
{
    protected override async Task<object?> CallRawAsync()
    {
        using var body = Transport.JsonBody(new UserCatalogsRequest { Uuids = Payloads.Uuids }, BenchmarkJsonContext.Default.UserCatalogsRequest);
        using var response = await Raw.PostAsync("user_catalogs", body);
        return (await ReadJsonAsync(response, BenchmarkJsonContext.Default.UserCatalogs))?.UuidCatalog?.Count;
    }

    protected override async Task<object?> CallRefitAsync() =>
        (await Api.GetUserCatalogsAsync(new UserCatalogsRequest { Uuids = Payloads.Uuids })).UuidCatalog?.Count;

    protected override async Task<object?> CallFacadeAsync() => (await Facade.GetUsernamesAsync(Payloads.Uuids)).Count;
}

/// <summary><c>IssueOneCommissionAsync</c>: <c>POST {account}/commissions</c> with one user and project provision.</summary>
public class AstakosIssueOneCommission : AstakosBenchmark
{
    private const string Holder = "a1b2c3d4-0000-4000-8000-000000000001";
    private const string Source = "c3d4e5f6-0000-4000-8000-000000000003";
    private static readonly Dictionary<string, long> Provisions = new() { ["cyclades.vm"] = 1 };

    protected override async Task<object?> CallRawAsync()
    {
        using var body = Transport.JsonBody(Request(), BenchmarkJsonContext.Default.CommissionRequest);
        using var response = await Raw.PostAsync("commissions", body);
        var answer = await ReadJsonAsync(response, BenchmarkJsonContext.Default.JsonElement);
        return answer.GetProperty("serial").GetInt64();
    }

    protected override async Task<object?> CallRefitAsync() =>
        (await Api.IssueCommissionAsync(Request())).GetProperty("serial").GetInt64();

    protected override async Task<object?> CallFacadeAsync() => await Facade.IssueOneCommissionAsync(Holder, Source, Provisions);

    // The body the facade builds: the user's provision from the project, then the project's own.
    private static CommissionRequest Request() => new()
    {
        Provisions = [.. Provision.ForUserAndProject(Holder, Source, "cyclades.vm", 1)],
    };
}
