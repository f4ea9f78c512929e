using System.Text.Json;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Wazo.Errors;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// Turns a success answer that lacks the value a call returns (a JSON <c>null</c> body, a list without items) into
/// <see cref="WazoAuthInvalidResponseException"/>, as the SDK does for a body that is not JSON.
/// </summary>
internal static class WazoAnswers
{
    public static async Task<T> Required<T>(Task<T> call, HttpMethod method, string path)
        where T : class
    {
        T? value = await call.ConfigureAwait(false);
        return value ?? throw Invalid(method, path, $"The body is JSON null where {typeof(T).Name} was expected.");
    }

    public static async Task<WazoList<T>> List<T>(Task<WazoList<T>> call, HttpMethod method, string path)
    {
        WazoList<T>? list = await call.ConfigureAwait(false);
        return list is { Items: not null } ? list : throw Invalid(method, path, "The body is not a list envelope with items.");
    }

    public static async Task<JsonElement> Json(Task<JsonElement> call, HttpMethod method, string path)
    {
        var value = await call.ConfigureAwait(false);
        return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
            ? throw Invalid(method, path, "The body is JSON null where a JSON value was expected.")
            : value;
    }

    /// <summary>The error of a success answer missing what the call returns.</summary>
    /// <param name="method">The request method.</param>
    /// <param name="path">The route template (e.g. <c>/users/{user_uuid}</c>), which carries no secret.</param>
    /// <param name="problem">What is missing.</param>
    public static WazoAuthInvalidResponseException Invalid(HttpMethod method, string path, string problem) =>
        new(new AuthErrorInfo(AuthErrorKind.InvalidResponse, method.Method, path), new JsonException(problem));
}
