using Refit;

namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>
/// The innermost handler of the client under test: asks Prism for the operation's success status and records what
/// the call sent and what Prism answered, before the client's own handlers turn errors into exceptions.
/// </summary>
internal sealed class PrismExchangeRecorder : DelegatingHandler
{
    private static readonly AsyncLocal<PrismExchange?> CurrentExchange = new();
    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);

    /// <summary>Records the calls made in the current async flow into <paramref name="exchange"/>.</summary>
    public static void Begin(PrismExchange exchange) => CurrentExchange.Value = exchange;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var exchange = CurrentExchange.Value;
        if (exchange is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Remove("Prefer");
        request.Headers.TryAddWithoutValidation("Prefer", $"code={exchange.PreferredStatus}");
        exchange.Method = request.Method;
        exchange.Path = request.RequestUri!.AbsolutePath;
        exchange.RefitInterface = request.Options.TryGetValue(InterfaceKey, out var api) ? api.Name : null;
        exchange.RefitMethod = request.Options.TryGetValue(MethodKey, out var method) ? method : null;

        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        exchange.Status = response.StatusCode;
        exchange.ResponseBodyLength = body.Length;
        exchange.Violations = PrismViolation.Read(response, body);
        return response;
    }
}
