namespace Refit.AuthClients.Wazo;

/// <summary>Service health (the reference client's <c>status</c> command).</summary>
public interface IWazoStatusClient
{
    /// <summary>
    /// <c>HEAD /status</c> (<c>status.check</c>): completes when wazo-auth is healthy; throws
    /// <see cref="Errors.WazoAuthException"/> with status 503 when one of its components fails. No token needed.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task CheckAsync(CancellationToken cancellationToken = default);
}
