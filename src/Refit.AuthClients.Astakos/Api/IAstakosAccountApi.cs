using System.Text.Json;
using Refit.AuthClients.Http;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The Astakos account API, under the discovered <c>astakos_account</c> v1.0 path. A null <c>token</c> sends the
/// client's own token; user-catalog, quota and commission calls of the <c>service</c> kind need a service token.
/// </summary>
public interface IAstakosAccountApi
{
    /// <summary><c>POST {account}/user_catalogs</c>: display names of UUIDs and UUIDs of display names.</summary>
    [Post(AstakosPaths.Account + "/user_catalogs")]
    Task<UserCatalogs> GetUserCatalogsAsync(
        [Body] UserCatalogsRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        [Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/service/user_catalogs</c>: the same lookup with a service token.</summary>
    [Post(AstakosPaths.Account + "/service/user_catalogs")]
    Task<UserCatalogs> ServiceGetUserCatalogsAsync(
        [Body] UserCatalogsRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        [Property(AuthRequestOptions.SafeToRepeatName)] bool safeToRepeat = true,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/resources</c>: resource name → description.</summary>
    [Get(AstakosPaths.Account + "/resources")]
    Task<IReadOnlyDictionary<string, AstakosResource>> GetResourcesAsync(
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/quotas</c>: the caller's quotas, source → resource → entry.</summary>
    [Get(AstakosPaths.Account + "/quotas")]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>> GetQuotasAsync(
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/service_quotas?user=&amp;project=</c>: user → source → resource → entry (comma-separated filters).</summary>
    [Get(AstakosPaths.Account + "/service_quotas")]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>> ServiceGetQuotasAsync(
        [Query, AliasAs("user")] string? user = null,
        [Query, AliasAs("project")] string? project = null,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/service_project_quotas?project=</c>: project → resource → entry.</summary>
    [Get(AstakosPaths.Account + "/service_project_quotas")]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>> ServiceGetProjectQuotasAsync(
        [Query, AliasAs("project")] string? project = null,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST {account}/commissions</c>: issues a commission; the answer (<c>{"serial": n}</c>) is returned as
    /// received. A 413 becomes <see cref="QuotaLimitException"/>. Never repeated.
    /// </summary>
    [Post(AstakosPaths.Account + "/commissions")]
    Task<JsonElement> IssueCommissionAsync(
        [Body] CommissionRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/commissions</c>: the serials of the calling service's pending commissions.</summary>
    [Get(AstakosPaths.Account + "/commissions")]
    Task<IReadOnlyList<long>> GetPendingCommissionsAsync(
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/commissions/{serial}</c>: one pending commission.</summary>
    [Get(AstakosPaths.Account + "/commissions/{serial}")]
    Task<CommissionInfo> GetCommissionInfoAsync(
        long serial,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/commissions/{serial}/action</c> with <c>{"accept": ""}</c> or <c>{"reject": ""}</c>.</summary>
    [Post(AstakosPaths.Account + "/commissions/{serial}/action")]
    Task CommissionActionAsync(
        long serial,
        [Body] IDictionary<string, string> action,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/commissions/action</c>: accepts and rejects many commissions at once.</summary>
    [Post(AstakosPaths.Account + "/commissions/action")]
    Task<CommissionResolution> ResolveCommissionsAsync(
        [Body] ResolveCommissionsRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/feedback</c>: a form with <c>feedback_msg</c> and <c>feedback_data</c>.</summary>
    [Post(AstakosPaths.Account + "/feedback")]
    Task SendFeedbackAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/myaccount/default_project</c>: sets the caller's default project.</summary>
    [Post(AstakosPaths.Account + "/myaccount/default_project")]
    Task SetDefaultProjectAsync(
        [Body] DefaultProjectRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/projects</c> with optional <c>name</c>, <c>state</c>, <c>owner</c> and <c>mode</c> filters.</summary>
    [Get(AstakosPaths.Account + "/projects")]
    Task<IReadOnlyList<Project>> GetProjectsAsync(
        [Query] string? name = null,
        [Query] string? state = null,
        [Query] string? owner = null,
        [Query] string? mode = null,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/projects/{projectId}</c>.</summary>
    [Get(AstakosPaths.Account + "/projects/{projectId}")]
    Task<Project> GetProjectAsync(
        string projectId,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/projects</c>: submits an application for a new project.</summary>
    [Post(AstakosPaths.Account + "/projects")]
    Task<ProjectSubmission> CreateProjectAsync(
        [Body] ProjectSpec spec,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT {account}/projects/{projectId}</c>: submits an application modifying a project. Never repeated:
    /// every request submits one more application.
    /// </summary>
    [Put(AstakosPaths.Account + "/projects/{projectId}")]
    Task<ProjectSubmission> ModifyProjectAsync(
        string projectId,
        [Body] ProjectSpec spec,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        [Property(AuthRequestOptions.NeverRepeatName)] bool neverRepeat = true,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/projects/{projectId}/action</c>: a project or application action.</summary>
    [Post(AstakosPaths.Account + "/projects/{projectId}/action")]
    Task ProjectActionAsync(
        string projectId,
        [Body] IDictionary<string, ProjectActionDetails> action,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/projects/memberships?project=</c>.</summary>
    [Get(AstakosPaths.Account + "/projects/memberships")]
    Task<IReadOnlyList<Membership>> GetMembershipsAsync(
        [Query, AliasAs("project")] string? project = null,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET {account}/projects/memberships/{membershipId}</c>.</summary>
    [Get(AstakosPaths.Account + "/projects/memberships/{membershipId}")]
    Task<Membership> GetMembershipAsync(
        long membershipId,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/projects/memberships/{membershipId}/action</c> with <c>{"&lt;action&gt;": "&lt;reason&gt;"}</c>.</summary>
    [Post(AstakosPaths.Account + "/projects/memberships/{membershipId}/action")]
    Task MembershipActionAsync(
        long membershipId,
        [Body] IDictionary<string, string> action,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>POST {account}/projects/memberships</c>: joins a project or enrolls a member.</summary>
    [Post(AstakosPaths.Account + "/projects/memberships")]
    Task<MembershipReference> CreateMembershipAsync(
        [Body] MembershipRequest request,
        [Header(AuthHeaderNames.AuthToken)] string? token = null,
        CancellationToken cancellationToken = default);
}
