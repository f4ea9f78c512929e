using System.Reflection;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>The bad values a required string or collection argument must be refused with.</summary>
public static class BadValues
{
    /// <summary>Null, and for a string empty and blank; for a collection empty, and for strings one blank item.</summary>
    public static IEnumerable<(string Label, object? Value)> For(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        yield return ("null", null);
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            yield return ("empty", string.Empty);
            yield return ("whitespace", " \t ");
            yield break;
        }

        if (FacadeMethods.IsCollection(parameter) && SampleArguments.TryEmpty(type, out var empty))
        {
            yield return ("empty", empty);
        }

        if (type.IsAssignableFrom(typeof(string[])))
        {
            yield return ("a blank item", new[] { " " });
        }
    }
}
