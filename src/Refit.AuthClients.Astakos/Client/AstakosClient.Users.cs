namespace Refit.AuthClients.Astakos;

/// <summary>User catalogs, services, resources, feedback and the default project.</summary>
public sealed partial class AstakosClient
{
    private const string UserCatalogsPath = AstakosPaths.Account + "/user_catalogs";
    private const string ServiceUserCatalogsPath = AstakosPaths.Account + "/service/user_catalogs";

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> GetUsernamesAsync(IEnumerable<string> uuids, CancellationToken cancellationToken = default) =>
        UsernamesAsync(service: false, Arguments.Items(uuids, nameof(uuids)), cancellationToken);

    /// <inheritdoc />
    public Task<string> GetUsernameAsync(string uuid, CancellationToken cancellationToken = default) =>
        UsernameAsync(service: false, Arguments.Text(uuid, nameof(uuid)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ServiceGetUsernamesAsync(IEnumerable<string> uuids, CancellationToken cancellationToken = default) =>
        UsernamesAsync(service: true, Arguments.Items(uuids, nameof(uuids)), cancellationToken);

    /// <inheritdoc />
    public Task<string> ServiceGetUsernameAsync(string uuid, CancellationToken cancellationToken = default) =>
        UsernameAsync(service: true, Arguments.Text(uuid, nameof(uuid)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> GetUuidsAsync(IEnumerable<string> displayNames, CancellationToken cancellationToken = default) =>
        UuidsAsync(service: false, Arguments.Items(displayNames, nameof(displayNames)), cancellationToken);

    /// <inheritdoc />
    public Task<string> GetUuidAsync(string displayName, CancellationToken cancellationToken = default) =>
        UuidAsync(service: false, Arguments.Text(displayName, nameof(displayName)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ServiceGetUuidsAsync(IEnumerable<string> displayNames, CancellationToken cancellationToken = default) =>
        UuidsAsync(service: true, Arguments.Items(displayNames, nameof(displayNames)), cancellationToken);

    /// <inheritdoc />
    public Task<string> ServiceGetUuidAsync(string displayName, CancellationToken cancellationToken = default) =>
        UuidAsync(service: true, Arguments.Text(displayName, nameof(displayName)), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AstakosService>> GetServicesAsync(CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Ui.GetServicesAsync(_token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            AstakosPaths.Ui + "/get_services",
            "service list");

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, AstakosResource>> GetResourcesAsync(CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Account.GetResourcesAsync(_token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            AstakosPaths.Account + "/resources",
            "resources");

    /// <inheritdoc />
    public Task SendFeedbackAsync(string message, string data, CancellationToken cancellationToken = default)
    {
        Arguments.Text(message, nameof(message));
        ArgumentNullException.ThrowIfNull(data);
        var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["feedback_msg"] = message, ["feedback_data"] = data };
        return _apis.Account.SendFeedbackAsync(form, _token, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetDefaultProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        _apis.Account.SetDefaultProjectAsync(
            new DefaultProjectRequest { ProjectId = Arguments.Text(projectId, nameof(projectId)) },
            _token,
            cancellationToken);

    private async Task<string> UsernameAsync(bool service, string uuid, CancellationToken cancellationToken)
    {
        var catalog = await UsernamesAsync(service, [uuid], cancellationToken).ConfigureAwait(false);
        return catalog.TryGetValue(uuid, out var name)
            ? name
            : throw new NoUserNameException(AstakosErrorInfo.Answered(HttpMethod.Post, _endpoints.Describe(CatalogPath(service))), uuid);
    }

    private async Task<string> UuidAsync(bool service, string displayName, CancellationToken cancellationToken)
    {
        var catalog = await UuidsAsync(service, [displayName], cancellationToken).ConfigureAwait(false);
        return catalog.TryGetValue(displayName, out var uuid)
            ? uuid
            : throw new NoUuidException(AstakosErrorInfo.Answered(HttpMethod.Post, _endpoints.Describe(CatalogPath(service))), displayName);
    }

    private async Task<IReadOnlyDictionary<string, string>> UsernamesAsync(bool service, IReadOnlyList<string> uuids, CancellationToken cancellationToken)
    {
        var catalogs = await LookUp(service, new UserCatalogsRequest { Uuids = uuids }, cancellationToken).ConfigureAwait(false);
        return Complete(Required(Required(catalogs, HttpMethod.Post, CatalogPath(service), "catalogs").UuidCatalog, HttpMethod.Post, CatalogPath(service), "\"uuid_catalog\""), service, "\"uuid_catalog\"");
    }

    private async Task<IReadOnlyDictionary<string, string>> UuidsAsync(bool service, IReadOnlyList<string> displayNames, CancellationToken cancellationToken)
    {
        var catalogs = await LookUp(service, new UserCatalogsRequest { DisplayNames = displayNames }, cancellationToken).ConfigureAwait(false);
        return Complete(Required(Required(catalogs, HttpMethod.Post, CatalogPath(service), "catalogs").DisplayNameCatalog, HttpMethod.Post, CatalogPath(service), "\"displayname_catalog\""), service, "\"displayname_catalog\"");
    }

    // Returns the call itself, not an awaiting wrapper: one state machine less per lookup.
    private Task<UserCatalogs> LookUp(bool service, UserCatalogsRequest request, CancellationToken cancellationToken) =>
        service
            ? _apis.Account.ServiceGetUserCatalogsAsync(request, _token, cancellationToken: cancellationToken)
            : _apis.Account.GetUserCatalogsAsync(request, _token, cancellationToken: cancellationToken);

    // The service names every user it knows; a null in place of a name or UUID is not an answer it gives.
    private IReadOnlyDictionary<string, string> Complete(IReadOnlyDictionary<string, string> catalog, bool service, string what) =>
        catalog.Values.Contains(null!)
            ? throw Invalid(HttpMethod.Post, CatalogPath(service), $"the {what} has an entry without a value.")
            : catalog;

    private static string CatalogPath(bool service) => service ? ServiceUserCatalogsPath : UserCatalogsPath;
}
