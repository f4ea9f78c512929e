using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>
/// Gives requests that no route took (404) or that used a method the path does not accept (405) the service's own
/// error body instead of ASP.NET Core's empty answer.
/// </summary>
internal static class UnmatchedRequests
{
    public static void UseServiceErrors(this WebApplication app, Func<HttpContext, EmulatorReply?> replyFor) =>
        app.Use(async (context, next) =>
        {
            await next(context).ConfigureAwait(false);
            var response = context.Response;
            var unmatched = response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null;
            var wrongMethod = response.StatusCode == StatusCodes.Status405MethodNotAllowed;
            if (response.HasStarted || !(unmatched || wrongMethod))
            {
                return;
            }

            if (replyFor(context) is { } reply)
            {
                await reply.WriteAsync(context).ConfigureAwait(false);
            }
        });
}
