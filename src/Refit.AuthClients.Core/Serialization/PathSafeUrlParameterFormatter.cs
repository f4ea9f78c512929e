using System.Reflection;

namespace Refit.AuthClients.Serialization;

/// <summary>
/// Refit's URL parameter formatting, refusing <c>.</c> and <c>..</c> as the value of a path parameter (or of a part
/// of a <c>{**path}</c> parameter): URI normalisation removes such a segment, escaped or not, so the request would
/// reach another resource (<c>DELETE /groups/../users/{id}</c> is <c>DELETE /users/{id}</c>). Query values
/// (parameters marked <see cref="QueryAttribute"/>) are formatted as Refit does.
/// </summary>
public class PathSafeUrlParameterFormatter : DefaultUrlParameterFormatter
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">A path parameter's value is <c>.</c> or <c>..</c>.</exception>
    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type)
    {
        var formatted = base.Format(value, attributeProvider, type);
        if (formatted is "." or ".." && !attributeProvider.IsDefined(typeof(QueryAttribute), inherit: true))
        {
            var alias = attributeProvider.GetCustomAttributes(typeof(AliasAsAttribute), inherit: true).OfType<AliasAsAttribute>().FirstOrDefault();
            throw new ArgumentException(
                $"\"{formatted}\" cannot be sent as a path segment: URI normalisation would remove it and the request would reach another resource.",
                alias?.Name);
        }

        return formatted;
    }
}
