using System.Net;
using System.Text.Json.Serialization;
using Refit.AuthClients.DependencyInjection;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Http;
using Refit.AuthClients.Options;

namespace Refit.AuthClients.Tests;

public sealed record Thing([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("size")] int Size);

[JsonSerializable(typeof(Thing))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

public interface ITestApi
{
    [Get("/things/{id}")]
    Task<Thing> GetThingAsync(string id, CancellationToken cancellationToken = default);

    [Get("/token/{token}")]
    Task<Thing> GetTokenAsync(string token, [Query] string? scope = null, CancellationToken cancellationToken = default);

    [Post("/things")]
    Task<Thing> CreateThingAsync([Body] Thing thing, CancellationToken cancellationToken = default);

    [Post("/login")]
    Task<Thing> LoginAsync([Header("Authorization")] string authorization, [Property(AuthRequestOptions.OwnCredentialsName)] bool ownCredentials = true, CancellationToken cancellationToken = default);

    [Post("/lookups")]
    Task<Thing> LookupAsync([Body] Thing thing, [Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true, CancellationToken cancellationToken = default);

    [Get("/things/{id}")]
    Task<Thing> GetThingWithTokenAsync(string id, [Header(AuthHeaderNames.AuthToken)] string? token, CancellationToken cancellationToken = default);

    [Put("/things/{id}")]
    Task ReplaceThingAsync(string id, [Body] Thing thing, [Property(AuthRequestOptions.NeverRepeatName)] bool neverRepeat = true, CancellationToken cancellationToken = default);

    [Delete("/things/{id}")]
    Task DeleteThingAsync(string id, CancellationToken cancellationToken = default);

    [Get("/files/{**path}")]
    Task<Thing> GetFileAsync(string path, [Query, AliasAs("q")] string? filter = null, CancellationToken cancellationToken = default);

    [Head("/status")]
    Task<HttpResponseMessage> StatusAsync(CancellationToken cancellationToken = default);
}

public sealed class TestOptions : AuthClientOptions
{
    public Uri BaseAddress { get; set; } = new("http://test.local/");
}

public class TestException(AuthErrorInfo info, Exception? inner) : AuthClientException(info, null, inner);

public sealed class TestNotFoundException(AuthErrorInfo info) : TestException(info, null);

public sealed class TestErrorMapper : ServiceErrorMapper
{
    public override AuthClientException CreateException(AuthErrorInfo info, Exception? innerException) =>
        info.StatusCode == HttpStatusCode.NotFound ? new TestNotFoundException(info) : new TestException(info, innerException);
}

internal static class TestService
{
    public static AuthServiceDescription Description { get; } =
        new("Test", new TestErrorMapper(), TestJsonContext.Default, new HashSet<HttpStatusCode> { HttpStatusCode.Unauthorized });
}
