using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>
/// Matches a route value written as a hyphenated UUID (any case), the only form the Python services route; other
/// strings fall through to the service's "not found" answer.
/// </summary>
internal sealed partial class UuidRouteConstraint : IRouteConstraint
{
    public const string Name = "uuid";

    public static bool IsUuid(string? value) => value is not null && UuidPattern().IsMatch(value);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value)
            && IsUuid(Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();
}
