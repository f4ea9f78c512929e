using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>
/// Gives requests that no route took (404), that used a method the path does not accept (405) or that broke the
/// emulator (500) the service's own error body instead of ASP.NET Core's empty answer.
/// </summary>
internal static class UnmatchedRequests
{
    /// <param name="app">The emulator's application.</param>
    /// <param name="replyFor">The body for a request and the status it ended with; null keeps the empty answer.</param>
    public static void UseServiceErrors(this WebApplication app, Func<HttpContext, int, EmulatorReply?> replyFor) =>
        app.Use(async (context, next) =>
        {
            var response = context.Response;
            try
            {
                await next(context).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure of a handler becomes the service's 500 answer, as on the real server.
            catch (Exception) when (!response.HasStarted)
#pragma warning restore CA1031
            {
                response.Clear();
                response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            var unmatched = response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null;
            var wrongMethod = response.StatusCode == StatusCodes.Status405MethodNotAllowed;
            var failed = response.StatusCode == StatusCodes.Status500InternalServerError;
            if (response.HasStarted || !(unmatched || wrongMethod || failed))
            {
                return;
            }

            if (replyFor(context, response.StatusCode) is { } reply)
            {
                await reply.WriteAsync(context).ConfigureAwait(false);
            }
        });
}
