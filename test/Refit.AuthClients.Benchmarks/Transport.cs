using System.Net.Http.Headers;
using System.Text.Json;
using Refit.AuthClients.Http;
using Refit.AuthClients.Wazo.Options;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// The HTTP clients of the hand-written and bare Refit variants: the SDK's own socket handler settings (so the
/// wire is the same), the token as a default header, no SDK handler.
/// </summary>
public static class Transport
{
    /// <summary>A client on the SDK's socket handler, sending the token with every request.</summary>
    public static HttpClient CreateClient(Uri baseAddress)
    {
        var handler = PrimaryHandlerFactory.Create(new WazoAuthClientOptions());
        var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add(AuthHeaderNames.AuthToken, Payloads.Token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Refit settings like the SDK's (source-generated JSON, bodies sent with a length), without its error mapping.</summary>
    public static RefitSettings RefitSettings { get; } = CreateRefitSettings();

    /// <summary>A JSON body sent with its length, as the SDK sends it.</summary>
    public static ByteArrayContent JsonBody<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static RefitSettings CreateRefitSettings()
    {
        var settings = RefitSettings.ForJsonContext(BenchmarkJsonContext.Default);
        settings.Buffered = true;
        return settings;
    }
}
