namespace Refit.AuthClients.Astakos;

/// <summary>User catalogs, services, resources, feedback and the default project.</summary>
public partial interface IAstakosClient
{
    /// <summary>The display names of <paramref name="uuids"/> (user token); unknown UUIDs are absent.</summary>
    /// <param name="uuids">User UUIDs (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, string>> GetUsernamesAsync(IEnumerable<string> uuids, CancellationToken cancellationToken = default);

    /// <summary>The display name of <paramref name="uuid"/> (user token).</summary>
    /// <param name="uuid">A user UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NoUserNameException">No user has this UUID.</exception>
    Task<string> GetUsernameAsync(string uuid, CancellationToken cancellationToken = default);

    /// <summary>The display names of <paramref name="uuids"/>, asked with a service token.</summary>
    /// <param name="uuids">User UUIDs (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, string>> ServiceGetUsernamesAsync(IEnumerable<string> uuids, CancellationToken cancellationToken = default);

    /// <summary>The display name of <paramref name="uuid"/>, asked with a service token.</summary>
    /// <param name="uuid">A user UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NoUserNameException">No user has this UUID.</exception>
    Task<string> ServiceGetUsernameAsync(string uuid, CancellationToken cancellationToken = default);

    /// <summary>The UUIDs of <paramref name="displayNames"/> (user token); unknown names are absent.</summary>
    /// <param name="displayNames">Display names (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, string>> GetUuidsAsync(IEnumerable<string> displayNames, CancellationToken cancellationToken = default);

    /// <summary>The UUID of <paramref name="displayName"/> (user token).</summary>
    /// <param name="displayName">A display name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NoUuidException">No user has this display name.</exception>
    Task<string> GetUuidAsync(string displayName, CancellationToken cancellationToken = default);

    /// <summary>The UUIDs of <paramref name="displayNames"/>, asked with a service token.</summary>
    /// <param name="displayNames">Display names (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, string>> ServiceGetUuidsAsync(IEnumerable<string> displayNames, CancellationToken cancellationToken = default);

    /// <summary>The UUID of <paramref name="displayName"/>, asked with a service token.</summary>
    /// <param name="displayName">A display name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NoUuidException">No user has this display name.</exception>
    Task<string> ServiceGetUuidAsync(string displayName, CancellationToken cancellationToken = default);

    /// <summary>The services registered with Astakos (<c>GET {ui}/get_services</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<AstakosService>> GetServicesAsync(CancellationToken cancellationToken = default);

    /// <summary>The resources Astakos keeps quotas of, by name.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, AstakosResource>> GetResourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends feedback to the Astakos administrators. Never repeated.</summary>
    /// <param name="message">The feedback.</param>
    /// <param name="data">Extra information, e.g. the caller's state (may be empty).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SendFeedbackAsync(string message, string data, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="projectId"/> the caller's default project. Never repeated.</summary>
    /// <param name="projectId">The project UUID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SetDefaultProjectAsync(string projectId, CancellationToken cancellationToken = default);
}
