using Microsoft.Extensions.DependencyInjection;

namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>Every Refit call of the wazo-auth client, with realistic arguments, grouped by area.</summary>
public static partial class WazoContractCases
{
    internal const string UserUuid = "5cdff4a3-24a3-494f-8d32-9c8695e868f9";
    internal const string TenantUuid = "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11";
    internal const string SubTenantUuid = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    internal const string GroupUuid = "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c";
    internal const string PolicyUuid = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b";
    internal const string SessionUuid = "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e";
    internal const string EmailUuid = "e2a4c6d8-1b3d-4f5a-8c7e-9a0b1c2d3e4f";
    internal const string DomainUuid = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    internal const string Token = "3d95d849-94e5-4c72-8ff8-93b597e6acf6";

    /// <summary>Every case, one a Refit method.</summary>
    public static IEnumerable<ContractCase> All =>
        TokenCases().Concat(UserCases()).Concat(AccessCases()).Concat(TenantCases()).Concat(BackendCases()).Concat(ExternalCases()).Concat(OtherCases());

    private static T Api<T>(this IServiceProvider services)
        where T : class => services.GetRequiredService<T>();

    private static ContractCase Parsed<T>(string operation, int status, Func<IServiceProvider, Task<T>> call, KnownSpecDefect? defect = null, string? variant = null) =>
        new(operation, status, returnsValue: true, async services => await call(services), variant, defect);

    private static ContractCase Done(string operation, int status, Func<IServiceProvider, Task> call, KnownSpecDefect? defect = null, string? variant = null) =>
        new(operation, status, returnsValue: false, async services =>
        {
            await call(services);
            return null;
        }, variant, defect);
}
