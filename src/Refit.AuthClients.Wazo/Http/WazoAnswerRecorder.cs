namespace Refit.AuthClients.Wazo.Http;

/// <summary>
/// Notes the request and status of each answer into the <see cref="WazoAnswer"/> of the facade call under way, if
/// that call asked for one with <see cref="Send{T}"/>: a check the facade makes on a value it read (which only the
/// facade can make) then reports the real request and status, as errors raised while reading do. Calls that asked
/// for nothing pass through untouched.
/// </summary>
/// <remarks>Sits under the retry handler: the last attempt noted is the answer the call read.</remarks>
internal sealed class WazoAnswerRecorder : DelegatingHandler
{
    private static readonly AsyncLocal<WazoAnswer?> Current = new();

    /// <summary>
    /// Starts <paramref name="send"/> (synchronously, so argument errors still surface at once) with its answer
    /// noted in <paramref name="answer"/>. The caller's own context is left as it was.
    /// </summary>
    public static Task<T> Send<T>(Func<Task<T>> send, out WazoAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(send);
        answer = new WazoAnswer();
        var previous = Current.Value;
        Current.Value = answer;
        try
        {
            return send();
        }
        finally
        {
            Current.Value = previous;
        }
    }

    // A call that asked for nothing costs no state machine.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Current.Value is { } answer ? SendNotingAsync(answer, request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendNotingAsync(WazoAnswer answer, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        answer.Note(request, response);
        return response;
    }
}
