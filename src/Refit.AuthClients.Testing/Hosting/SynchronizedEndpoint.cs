using Microsoft.AspNetCore.Http;

namespace Refit.AuthClients.Testing.Hosting;

/// <summary>
/// Turns a synchronous handler into a request delegate: the request is read first, the handler runs under the
/// emulator's lock (so every request sees and leaves a consistent state), and the reply is written afterwards.
/// </summary>
internal static class SynchronizedEndpoint
{
    public static RequestDelegate Create(object gate, Func<EmulatorRequest, EmulatorReply> handler, bool bodyNeedsLength = false) => async context =>
    {
        var request = await EmulatorRequest.ReadAsync(context, bodyNeedsLength).ConfigureAwait(false);
        EmulatorReply reply;
        lock (gate)
        {
            try
            {
                reply = handler(request);
            }
            catch (ReplyException early)
            {
                reply = early.Reply;
            }
        }

        await reply.WriteAsync(context).ConfigureAwait(false);
    };
}
