namespace Refit.AuthClients.Wazo.Api;

/// <summary>Service health (<c>/status</c>).</summary>
[Headers("Accept: application/json")]
public interface IWazoStatusApi
{
    /// <summary><c>HEAD /status</c>: succeeds (200) when wazo-auth is healthy; 503 (an error) when a component fails. No token needed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Head("/status")]
    Task CheckAsync(CancellationToken cancellationToken = default);
}
