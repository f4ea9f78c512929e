using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Runtime.CompilerServices;
using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.Reliability.Tests;

/// <summary>Valid argument values of any facade parameter type, so that only the argument under test is bad.</summary>
public static class SampleArguments
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<Type, Func<object>> Models = new()
    {
        [typeof(CommissionRequest)] = () => new CommissionRequest { Provisions = [new Provision("user:u1", "project:p1", "cyclades.vm", 1)] },
        [typeof(ProjectSpec)] = () => new ProjectSpec { Name = "project", EndDate = DateTimeOffset.UtcNow.AddYears(1) },
        [typeof(Uri)] = () => new Uri("https://sample.example.org/callback"),
        [typeof(Stream)] = () => new MemoryStream("<xml/>"u8.ToArray()),
        [typeof(byte[])] = () => "<xml/>"u8.ToArray(),
        [typeof(JsonElement)] = () => JsonDocument.Parse("""{"key":"value"}""").RootElement,
    };

    /// <summary>Registers how to build a valid value of a model type.</summary>
    public static void AddModel<T>(Func<T> create)
        where T : notnull => Models[typeof(T)] = () => create();

    /// <summary>A valid value of <paramref name="type"/>; fails the test for a type it does not know.</summary>
    public static object Valid(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(string))
        {
            return "sample-value";
        }

        if (type == typeof(long) || type == typeof(int) || type == typeof(bool) || type.IsEnum)
        {
            return type == typeof(bool) ? false : Convert.ChangeType(1, type.IsEnum ? Enum.GetUnderlyingType(type) : type, null);
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (Models.TryGetValue(type, out var create))
        {
            return create();
        }

        if (typeof(ITuple).IsAssignableFrom(type))
        {
            return Activator.CreateInstance(type, type.GetGenericArguments().Select(Valid).ToArray())!;
        }

        if (TryEmpty(type, out var empty))
        {
            var arguments = type.GetGenericArguments();
            if (empty is IDictionary dictionary)
            {
                dictionary.Add(Valid(arguments[0]), Valid(arguments[1]));
                return dictionary;
            }

            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments[0]))!;
            list.Add(Valid(arguments[0]));
            return list;
        }

        if (type.IsClass && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return Filled(type);
        }

        Assert.Fail($"No sample value for {type}: teach SampleArguments.");
        throw new UnreachableException();
    }

    /// <summary>A model with every property that may not be null given a valid value; the optional ones left unset.</summary>
    private static object Filled(Type type)
    {
        var model = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var nullability = Nullability.Create(property);
            if (!property.PropertyType.IsValueType && nullability.WriteState == NullabilityState.NotNull && property.GetValue(model) is null)
            {
                property.SetValue(model, Valid(property.PropertyType));
            }
        }

        return model;
    }

    /// <summary>An empty collection assignable to <paramref name="type"/>, when it is a collection type.</summary>
    public static bool TryEmpty(Type type, [NotNullWhen(true)] out object? empty)
    {
        ArgumentNullException.ThrowIfNull(type);
        empty = null;
        if (!type.IsGenericType)
        {
            return false;
        }

        var arguments = type.GetGenericArguments();
        if (arguments.Length == 2)
        {
            var dictionary = typeof(Dictionary<,>).MakeGenericType(arguments);
            empty = type.IsAssignableFrom(dictionary) ? Activator.CreateInstance(dictionary) : null;
        }
        else if (arguments.Length == 1)
        {
            var list = typeof(List<>).MakeGenericType(arguments);
            empty = type.IsAssignableFrom(list) ? Activator.CreateInstance(list) : null;
        }

        return empty is not null;
    }
}
