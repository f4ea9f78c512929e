using System.Text.Json;
using Refit.AuthClients.Wazo.Http;

namespace Refit.AuthClients.Wazo;

/// <summary>
/// The checks on a success answer that only the facade can make, each failing with
/// <see cref="Errors.WazoAuthInvalidResponseException"/> that carries the real request and status: a body that is
/// JSON null (the serializer hands it back as null), a JSON value that is not the object the call returns, and
/// what a call asked for and did not get. What an answer must hold whatever the call is checked as it is read (see
/// <see cref="Serialization.WazoAnswerRules"/>).
/// </summary>
internal static class WazoAnswers
{
    /// <summary>Sends a call (now, so argument errors surface at once) and checks that its answer is a value.</summary>
    /// <param name="send">Starts the Refit call.</param>
    /// <param name="problem">What else is wrong with the value, or null when nothing is; no further check when null.</param>
    public static Task<T> Required<T>(Func<Task<T>> send, Func<T, string?>? problem = null)
        where T : class
    {
        var call = WazoAnswerRecorder.Send(send, out var answer);
        return RequiredAsync(call, answer, problem);
    }

    /// <summary>Sends a call returning raw JSON (now) and checks that its answer is a JSON object.</summary>
    public static Task<JsonElement> Object(Func<Task<JsonElement>> send)
    {
        var call = WazoAnswerRecorder.Send(send, out var answer);
        return ObjectAsync(call, answer);
    }

    private static async Task<T> RequiredAsync<T>(Task<T> call, WazoAnswer answer, Func<T, string?>? problem)
        where T : class
    {
        T? value = await call.ConfigureAwait(false);
        if (value is null)
        {
            throw answer.Invalid($"The body is JSON null where {typeof(T).Name} was expected.", "null");
        }

        return problem?.Invoke(value) is { } found ? throw answer.Invalid(found, body: null) : value;
    }

    private static async Task<JsonElement> ObjectAsync(Task<JsonElement> call, WazoAnswer answer)
    {
        var value = await call.ConfigureAwait(false);
        return value.ValueKind == JsonValueKind.Object
            ? value
            : throw answer.Invalid(
                $"The body is {value.ValueKind} where a JSON object was expected.",
                value.ValueKind == JsonValueKind.Undefined ? null : value.GetRawText());
    }
}
