namespace Refit.AuthClients.Wazo;

/// <summary>Authentication backends (the reference client's <c>backends</c> command).</summary>
public interface IWazoBackendsClient
{
    /// <summary><c>GET /backends</c> (<c>backends.list</c>): the names of the enabled authentication backends. No token needed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The backend names, e.g. <c>wazo_user</c>, <c>ldap_user</c>.</returns>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);
}
