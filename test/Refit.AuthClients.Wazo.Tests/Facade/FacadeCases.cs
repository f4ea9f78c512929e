namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>The request of every facade method, by sub-client.</summary>
internal static partial class FacadeCases
{
    public static readonly HttpMethod Get = HttpMethod.Get;
    public static readonly HttpMethod Post = HttpMethod.Post;
    public static readonly HttpMethod Put = HttpMethod.Put;
    public static readonly HttpMethod Delete = HttpMethod.Delete;
    public static readonly HttpMethod Head = HttpMethod.Head;

    public const string Sub = FacadeHarness.CallTenant;

    public static IEnumerable<FacadeCall> All() =>
        TokenCalls()
            .Concat(UserCalls())
            .Concat(GroupCalls())
            .Concat(PolicyCalls())
            .Concat(TenantCalls())
            .Concat(ExternalCalls())
            .Concat(ConfigurationCalls())
            .Concat(SamlCalls());
}
