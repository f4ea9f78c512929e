namespace Refit.AuthClients.Astakos;

/// <summary>Quotas.</summary>
public partial interface IAstakosClient
{
    /// <summary>The caller's quotas: source (project UUID) → resource → entry.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>> GetQuotasAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The quotas of the users of the calling service's resources (service token): user → source → resource → entry.
    /// </summary>
    /// <param name="user">Only this user; all when null.</param>
    /// <param name="projectId">Only this source project; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotFoundException">No such user or project.</exception>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>> ServiceGetQuotasAsync(
        string? user = null,
        string? projectId = null,
        CancellationToken cancellationToken = default);

    /// <summary>The quotas of several users and/or projects (service token).</summary>
    /// <param name="users">Only these users; all when null.</param>
    /// <param name="projectIds">Only these source projects; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>> ServiceGetQuotasAsync(
        IEnumerable<string>? users,
        IEnumerable<string>? projectIds,
        CancellationToken cancellationToken = default);

    /// <summary>The projects' own quotas (service token): project → resource → entry.</summary>
    /// <param name="projectId">Only this project; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>> ServiceGetProjectQuotasAsync(
        string? projectId = null,
        CancellationToken cancellationToken = default);

    /// <summary>The own quotas of several projects (service token).</summary>
    /// <param name="projectIds">The projects (at least one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>> ServiceGetProjectQuotasAsync(
        IEnumerable<string> projectIds,
        CancellationToken cancellationToken = default);
}
