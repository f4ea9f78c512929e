namespace Refit.AuthClients.Astakos;

/// <summary>Argument checks the facade runs before any request.</summary>
internal static class Arguments
{
    /// <summary>The values of a required list: not null, not empty, no null or blank value.</summary>
    public static IReadOnlyList<string> Items(IEnumerable<string> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var list = values.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one value is required.", paramName);
        }

        foreach (var value in list)
        {
            Text(value, paramName);
        }

        return list;
    }

    /// <summary>An optional filter: null means none, but a value given cannot be empty or blank.</summary>
    public static string? Optional(string? value, string paramName)
    {
        if (value is not null)
        {
            Text(value, paramName);
        }

        return value;
    }

    /// <summary>An optional list filter joined with commas, as the service reads it; null means none.</summary>
    public static string? OptionalItems(IEnumerable<string>? values, string paramName) =>
        values is null ? null : string.Join(',', Items(values, paramName));

    /// <summary>A required text: not null, empty or blank.</summary>
    public static string Text(string value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw value is null
                ? new ArgumentNullException(paramName)
                : new ArgumentException("The value cannot be empty or blank.", paramName);
        }

        return value;
    }

    /// <summary>
    /// A token id for a path: a required text whose <c>/</c>-separated parts are not <c>.</c> or <c>..</c>, which
    /// URI normalisation would resolve away (escaped or not) and so send another token.
    /// </summary>
    public static string TokenId(string value, string paramName)
    {
        Text(value, paramName);
        foreach (var part in value.Split('/'))
        {
            if (part is "." or "..")
            {
                throw new ArgumentException("A token id cannot contain \".\" or \"..\" between slashes: such a path cannot be sent intact.", paramName);
            }
        }

        return value;
    }

    /// <summary>A required map with at least one entry.</summary>
    public static IReadOnlyDictionary<TKey, TValue> NotEmpty<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> map, string paramName)
    {
        ArgumentNullException.ThrowIfNull(map, paramName);
        if (map.Count == 0)
        {
            throw new ArgumentException("At least one entry is required.", paramName);
        }

        return map;
    }

    /// <summary>A serial or id: not negative.</summary>
    public static long Id(long value, string paramName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, paramName);
        return value;
    }
}
