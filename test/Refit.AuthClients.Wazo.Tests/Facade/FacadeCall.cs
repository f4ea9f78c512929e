using System.Net;

namespace Refit.AuthClients.Wazo.Tests.Facade;

/// <summary>
/// One facade call and the exact request it must send: method, path, query, tenant header, token, extra headers,
/// body; then the answer to give it and what the call must return from it.
/// </summary>
internal sealed record FacadeCall
{
    /// <summary>The facade method, as <c>SubClient.Method</c> (optionally followed by a space and a variant).</summary>
    public required string Name { get; init; }

    public required Func<IWazoAuthClient, Task<object?>> Invoke { get; init; }

    public required HttpMethod Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The exact query string, without <c>?</c>.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>The expected <c>Wazo-Tenant</c>; absent when null.</summary>
    public string? Tenant { get; init; }

    /// <summary>The expected <c>X-Auth-Token</c>; none when null.</summary>
    public string? Token { get; init; } = WazoHarness.ClientToken;

    /// <summary>The expected JSON body; no body when null (unless <see cref="Match"/> checks another kind).</summary>
    public string? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A further condition on the request (form or multipart bodies).</summary>
    public Func<HttpRequestMessage, bool>? Match { get; init; }

    /// <summary>The JSON answer; an empty body when null.</summary>
    public string? Answer { get; init; }

    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    public Action<object?> Check { get; init; } = _ => { };

    /// <summary>An answer with more than a JSON body (headers, another media type); replaces <see cref="Answer"/>.</summary>
    public Func<HttpResponseMessage>? Response { get; init; }

    /// <summary>The sub-client and method the case covers (the name without its variant).</summary>
    public string Covers => Name.Split(' ')[0];

    public override string ToString() => Name;

    /// <summary>A call returning a value, checked by <paramref name="check"/>.</summary>
    public static FacadeCall Of<T>(
        string name,
        Func<IWazoAuthClient, Task<T>> invoke,
        HttpMethod method,
        string path,
        Action<T> check) => new()
    {
        Name = name,
        Invoke = async client => await invoke(client).ConfigureAwait(false),
        Method = method,
        Path = path,
        Check = result => check((T)result!),
    };

    /// <summary>A call returning nothing, answered 204.</summary>
    public static FacadeCall Of(string name, Func<IWazoAuthClient, Task> invoke, HttpMethod method, string path) => new()
    {
        Name = name,
        Invoke = async client =>
        {
            await invoke(client).ConfigureAwait(false);
            return null;
        },
        Method = method,
        Path = path,
        Status = HttpStatusCode.NoContent,
    };
}
