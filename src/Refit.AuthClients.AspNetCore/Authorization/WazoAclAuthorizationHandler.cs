using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Refit.AuthClients.Wazo.Acl;

namespace Refit.AuthClients.AspNetCore;

/// <summary>
/// Grants a <see cref="WazoAclRequirement"/> when the user's ACL claims grant the required access, filled from the
/// request's route values (the resource is the <see cref="HttpContext"/>, or the route values themselves).
/// </summary>
internal sealed class WazoAclAuthorizationHandler : AuthorizationHandler<WazoAclRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WazoAclRequirement requirement)
    {
        var user = context.User;
        var granted = user.FindAll(AuthClaimTypes.WazoAcl).Select(c => c.Value).ToList();
        if (granted.Count == 0)
        {
            return Task.CompletedTask;
        }

        var values = RouteValuesOf(context.Resource);
        var required = WazoAcl.FillTemplate(requirement.Acl, name => ValueOf(values, name));
        if (required is not null
            && WazoAcl.IsGranted(granted, required, user.FindFirst(AuthClaimTypes.WazoAuthId)?.Value, user.FindFirst(AuthClaimTypes.WazoSessionUuid)?.Value))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static IReadOnlyDictionary<string, object?>? RouteValuesOf(object? resource) => resource switch
    {
        HttpContext http => http.Request.RouteValues,
        IReadOnlyDictionary<string, object?> values => values,
        _ => null,
    };

    // A placeholder without a value leaves the access unknown: nothing is granted.
    private static string? ValueOf(IReadOnlyDictionary<string, object?>? values, string name) =>
        values is not null && values.TryGetValue(name, out var value) && value is not null
            ? Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null
            : null;
}
