using System.Text.Json;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// What a wazo-auth answer must hold to be usable, checked while it is read: a model that breaks a rule fails its
/// deserialization with a <see cref="JsonException"/>, which the client reports as
/// <see cref="Errors.WazoAuthInvalidResponseException"/> with the status, the redacted request path and the body.
/// </summary>
internal static class WazoAnswerRules
{
    /// <summary>Refuses a missing, null or empty text, such as the <c>uuid</c> that identifies a resource.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="key">The JSON key it was read from.</param>
    /// <param name="model">What the answer describes, for the message.</param>
    public static void RequireText(string? value, string key, string model)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new JsonException($"The {model} has no '{key}'.");
        }
    }

    /// <summary>Refuses a missing or null list, and a list with a null item.</summary>
    public static void RequireItems<T>(IReadOnlyList<T>? items, string key, string model)
    {
        if (items is null)
        {
            throw new JsonException($"The {model} has no '{key}' list.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new JsonException($"Item {i} of '{key}' in the {model} is null.");
            }
        }
    }
}
