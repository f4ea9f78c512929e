namespace Refit.AuthClients.Astakos;

/// <summary>
/// Commissions (service token). Issuing is never repeated, so a commission is never issued twice; a 413 answer
/// becomes <see cref="QuotaLimitException"/>.
/// </summary>
public partial interface IAstakosClient
{
    /// <summary>Issues a commission and returns its serial.</summary>
    /// <param name="request">The commission (at least one provision).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="QuotaLimitException">A limit would be exceeded.</exception>
    Task<long> IssueCommissionAsync(CommissionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues a commission for <paramref name="holder"/>: for each (source project, resource) → quantity, the user's
    /// provision and the source project's.
    /// </summary>
    /// <param name="holder">The user UUID.</param>
    /// <param name="provisions">(source project UUID, resource) → quantity (at least one).</param>
    /// <param name="name">A description.</param>
    /// <param name="force">Whether limits may be exceeded.</param>
    /// <param name="autoAccept">Whether the commission is accepted at once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The serial.</returns>
    Task<long> IssueOneCommissionAsync(
        string holder,
        IReadOnlyDictionary<(string Source, string Resource), long> provisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues a commission for <paramref name="holder"/> of resource → quantity, all from <paramref name="source"/>
    /// (the argument order of the 0.14 client; the body is the current one).
    /// </summary>
    /// <param name="holder">The user UUID.</param>
    /// <param name="source">The source project UUID.</param>
    /// <param name="provisions">Resource → quantity (at least one).</param>
    /// <param name="name">A description.</param>
    /// <param name="force">Whether limits may be exceeded.</param>
    /// <param name="autoAccept">Whether the commission is accepted at once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The serial.</returns>
    Task<long> IssueOneCommissionAsync(
        string holder,
        string source,
        IReadOnlyDictionary<string, long> provisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Issues a commission of user provisions, then project provisions.
    /// </summary>
    /// <param name="userProvisions">(user UUID, source project UUID, resource) → quantity.</param>
    /// <param name="projectProvisions">(project UUID, resource) → quantity.</param>
    /// <param name="name">A description.</param>
    /// <param name="force">Whether limits may be exceeded.</param>
    /// <param name="autoAccept">Whether the commission is accepted at once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The serial.</returns>
    /// <exception cref="ArgumentException">Both maps are empty.</exception>
    Task<long> IssueCommissionGenericAsync(
        IReadOnlyDictionary<(string User, string Project, string Resource), long> userProvisions,
        IReadOnlyDictionary<(string Project, string Resource), long> projectProvisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves quantities of <paramref name="holder"/>'s resources from one project to another: for each entry the
    /// user and project provisions releasing from the first project, then those taking from the second.
    /// </summary>
    /// <param name="holder">The user UUID.</param>
    /// <param name="provisions">(from project UUID, to project UUID, resource) → quantity (at least one).</param>
    /// <param name="name">A description.</param>
    /// <param name="force">Whether limits may be exceeded.</param>
    /// <param name="autoAccept">Whether the commission is accepted at once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The serial.</returns>
    Task<long> IssueResourceReassignmentAsync(
        string holder,
        IReadOnlyDictionary<(string FromSource, string ToSource, string Resource), long> provisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default);

    /// <summary>The serials of the calling service's pending commissions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<long>> GetPendingCommissionsAsync(CancellationToken cancellationToken = default);

    /// <summary>A pending commission.</summary>
    /// <param name="serial">Its serial.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotFoundException">No such pending commission.</exception>
    Task<CommissionInfo> GetCommissionInfoAsync(long serial, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="action"/> (<c>accept</c> or <c>reject</c>) to a pending commission. Never repeated.</summary>
    /// <param name="serial">The serial.</param>
    /// <param name="action">The action.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task CommissionActionAsync(long serial, string action, CancellationToken cancellationToken = default);

    /// <summary>Accepts a pending commission.</summary>
    /// <param name="serial">The serial.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task AcceptCommissionAsync(long serial, CancellationToken cancellationToken = default);

    /// <summary>Rejects a pending commission.</summary>
    /// <param name="serial">The serial.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task RejectCommissionAsync(long serial, CancellationToken cancellationToken = default);

    /// <summary>Accepts and rejects many pending commissions at once.</summary>
    /// <param name="accept">Serials to accept.</param>
    /// <param name="reject">Serials to reject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Which were accepted, which rejected and which failed, and why.</returns>
    /// <exception cref="ArgumentException">Both lists are empty.</exception>
    Task<CommissionResolution> ResolveCommissionsAsync(IEnumerable<long> accept, IEnumerable<long> reject, CancellationToken cancellationToken = default);
}
