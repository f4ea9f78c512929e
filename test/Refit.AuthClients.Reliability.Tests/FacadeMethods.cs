using System.Collections;
using System.Reflection;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>Every public method of a facade, its sub-clients' included, found by reflection.</summary>
public static class FacadeMethods
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// The methods of <paramref name="facadeType"/> and of the interfaces it inherits, with the facade they are called
    /// on, then those of the sub-clients its properties return (found on <paramref name="facade"/>).
    /// </summary>
    public static IEnumerable<(object Target, MethodInfo Method)> Of(object facade, Type facadeType)
    {
        ArgumentNullException.ThrowIfNull(facade);
        ArgumentNullException.ThrowIfNull(facadeType);
        var types = new[] { facadeType }.Concat(facadeType.GetInterfaces()).ToList();
        foreach (var method in types.SelectMany(t => t.GetMethods()).Where(m => !m.IsSpecialName))
        {
            yield return (facade, method);
        }

        foreach (var property in types.SelectMany(t => t.GetProperties()).Where(p => p.PropertyType.IsInterface && p.GetIndexParameters().Length == 0))
        {
            foreach (var inner in Of(property.GetValue(facade)!, property.PropertyType))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Whether the parameter must be given a value: no default, and not nullable.</summary>
    public static bool IsRequired(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return !parameter.HasDefaultValue
               && !parameter.ParameterType.IsValueType
               && Nullability.Create(parameter).WriteState == NullabilityState.NotNull;
    }

    /// <summary>Whether the parameter is a collection (a string is not).</summary>
    public static bool IsCollection(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.ParameterType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(parameter.ParameterType);
    }

    /// <summary>A readable name such as <c>IAstakosClient.GetUsernamesAsync(uuids)</c>.</summary>
    public static string Describe(MethodInfo method, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(parameter);
        var signature = string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name));
        return $"{method.DeclaringType!.Name}.{method.Name}({signature}) {parameter.Name}";
    }
}
