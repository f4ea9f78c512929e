using System.Text.Json;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo;

/// <summary>Argument checks the facade runs before any request.</summary>
internal static class WazoArguments
{
    /// <summary>A required text: not null (<see cref="ArgumentNullException"/>), empty or blank.</summary>
    public static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    /// <summary>An optional text: null means none, but a value given cannot be empty or blank.</summary>
    public static string? Optional(string? value, string paramName) => value is null ? null : Text(value, paramName);

    /// <summary>A required model or stream.</summary>
    public static T Required<T>(T value, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>A required list of texts: at least one, none null or blank.</summary>
    public static string[] Texts(IEnumerable<string> values, string paramName)
    {
        var items = Required(values, paramName).ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException("At least one value is required.", paramName);
        }

        if (Array.Exists(items, string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The values cannot be null, empty or blank.", paramName);
        }

        return items;
    }

    /// <summary>A required list of models, none null; <paramref name="allowEmpty"/> where an empty list means "none".</summary>
    public static T[] Items<T>(IEnumerable<T> values, string paramName, bool allowEmpty = false)
        where T : class
    {
        var items = Required(values, paramName).ToArray();
        if (items.Length == 0 && !allowEmpty)
        {
            throw new ArgumentException("At least one item is required.", paramName);
        }

        if (Array.Exists(items, item => item is null))
        {
            throw new ArgumentException("The list cannot hold null.", paramName);
        }

        return items;
    }

    /// <summary>A required text field of a model argument, reported under the argument's name.</summary>
    public static void Field(string? value, string fieldName, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{fieldName} is required and cannot be empty or blank.", paramName);
        }
    }

    /// <summary>The body of an e-mail update: every address given, none blank; an empty list removes them all.</summary>
    public static WazoEmailAddressList Emails(IEnumerable<WazoEmailAddressUpdate> emails, string paramName)
    {
        var items = Items(emails, paramName, allowEmpty: true);
        foreach (var email in items)
        {
            Field(email.Address, nameof(email.Address), paramName);
        }

        return new WazoEmailAddressList { Emails = items };
    }

    /// <summary>A JSON object argument (the data of an external authentication).</summary>
    public static JsonElement JsonObject(JsonElement value, string paramName) =>
        value.ValueKind == JsonValueKind.Object ? value : throw new ArgumentException("A JSON object is required.", paramName);
}
