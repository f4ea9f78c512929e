using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The Astakos client (see <see cref="IAstakosClient"/>), a thin layer over the Refit interfaces: it checks
/// arguments, builds bodies, passes its token and turns answers into results. Obtain it from DI
/// (<see cref="AstakosServiceCollectionExtensions.AddAstakosClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{AstakosClientOptions}, Func{IServiceProvider, ITokenSource}?)"/>)
/// or from <see cref="Create"/>.
/// </summary>
public sealed partial class AstakosClient : IAstakosClient
{
    private readonly AstakosApis _apis;
    private readonly AstakosEndpoints _endpoints;
    private readonly ITokenSource _tokenSource;

    // The token every call sends; null sends the configured one (injected by the token handler).
    private readonly string? _token;

    internal AstakosClient(AstakosApis apis, AstakosEndpoints endpoints, ITokenSource tokenSource, string? token = null)
    {
        _apis = apis;
        _endpoints = endpoints;
        _tokenSource = tokenSource;
        _token = token;
    }

    /// <inheritdoc />
    public IAstakosClient ForToken(string token) => new AstakosClient(_apis, _endpoints, _tokenSource, Arguments.Text(token, nameof(token)));

    /// <summary>The token the client acts with, for calls that put it in a body.</summary>
    private async ValueTask<string> ActingTokenAsync(CancellationToken cancellationToken)
    {
        var token = _token ?? await _tokenSource.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(token)
            ? throw new InvalidOperationException("The Astakos client has no token: set AstakosClientOptions.Token or a token source, or use ForToken.")
            : token;
    }

    /// <summary>The body of an action call: the action name as the only key.</summary>
    private static Dictionary<string, TValue> ActionBody<TValue>(string action, TValue value) =>
        new(StringComparer.Ordinal) { [Arguments.Text(action, nameof(action))] = value };

    private InvalidResponseException Invalid(HttpMethod method, string placeholderPath, string problem, string? body = null)
    {
        var info = AstakosErrorInfo.InvalidAnswer(method, _endpoints.Describe(placeholderPath), body);
        return new InvalidResponseException(info, $"{info.RequestMethod} {info.RequestPath}: {problem}");
    }

    private T Required<T>(T? result, HttpMethod method, string placeholderPath, string what)
        where T : class =>
        result ?? throw Invalid(method, placeholderPath, $"the answer has no {what}.");
}
