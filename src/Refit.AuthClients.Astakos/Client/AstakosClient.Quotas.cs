namespace Refit.AuthClients.Astakos;

/// <summary>Quotas.</summary>
public sealed partial class AstakosClient
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>> GetQuotasAsync(CancellationToken cancellationToken = default) =>
        QuotasAsync(_token, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>> ServiceGetQuotasAsync(
        string? user = null,
        string? projectId = null,
        CancellationToken cancellationToken = default) =>
        ServiceQuotasAsync(Arguments.Optional(user, nameof(user)), Arguments.Optional(projectId, nameof(projectId)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>> ServiceGetQuotasAsync(
        IEnumerable<string>? users,
        IEnumerable<string>? projectIds,
        CancellationToken cancellationToken = default) =>
        ServiceQuotasAsync(Arguments.OptionalItems(users, nameof(users)), Arguments.OptionalItems(projectIds, nameof(projectIds)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>> ServiceGetProjectQuotasAsync(
        string? projectId = null,
        CancellationToken cancellationToken = default) =>
        ServiceProjectQuotasAsync(Arguments.Optional(projectId, nameof(projectId)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>> ServiceGetProjectQuotasAsync(
        IEnumerable<string> projectIds,
        CancellationToken cancellationToken = default) =>
        ServiceProjectQuotasAsync(string.Join(',', Arguments.Items(projectIds, nameof(projectIds))), cancellationToken);

    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>> QuotasAsync(string? token, CancellationToken cancellationToken) =>
        Required(
            await _apis.Account.GetQuotasAsync(token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            AstakosPaths.Account + "/quotas",
            "quotas");

    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>> ServiceQuotasAsync(
        string? users,
        string? projects,
        CancellationToken cancellationToken) =>
        Required(
            await _apis.Account.ServiceGetQuotasAsync(users, projects, _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            AstakosPaths.Account + "/service_quotas",
            "quotas");

    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>> ServiceProjectQuotasAsync(
        string? projects,
        CancellationToken cancellationToken) =>
        Required(
            await _apis.Account.ServiceGetProjectQuotasAsync(projects, _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            AstakosPaths.Account + "/service_project_quotas",
            "quotas");
}
