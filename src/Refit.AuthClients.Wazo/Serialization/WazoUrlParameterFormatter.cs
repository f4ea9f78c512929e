using System.Reflection;
using Refit.AuthClients.Serialization;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// Formats URL parameters as the server and the spec expect: booleans as <c>true</c>/<c>false</c> (not .NET's
/// <c>True</c>, which spec-validating tools reject), enums by their <c>EnumMember</c> value, path segments never
/// <c>.</c> or <c>..</c>, the rest as Refit does.
/// </summary>
internal sealed class WazoUrlParameterFormatter : PathSafeUrlParameterFormatter
{
    public override string? Format(object? parameterValue, ICustomAttributeProvider attributeProvider, Type type) =>
        parameterValue is bool value
            ? (value ? "true" : "false")
            : base.Format(parameterValue, attributeProvider, type);
}
