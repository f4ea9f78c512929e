using System.Text.Json;

namespace Refit.AuthClients.Astakos;

/// <summary>Commissions.</summary>
public sealed partial class AstakosClient
{
    private const string CommissionsPath = AstakosPaths.Account + "/commissions";

    /// <inheritdoc />
    public async Task<long> IssueCommissionAsync(CommissionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Name, nameof(request));
        if (request.Provisions is not { Count: > 0 } provisions)
        {
            throw new ArgumentException("A commission needs at least one provision.", nameof(request));
        }

        foreach (var provision in provisions)
        {
            ArgumentNullException.ThrowIfNull(provision, nameof(request));
            Arguments.Text(provision.Holder, nameof(request));
            Arguments.Text(provision.Resource, nameof(request));
        }

        var answer = await _apis.Account.IssueCommissionAsync(request, _token, cancellationToken).ConfigureAwait(false);
        return answer.ValueKind == JsonValueKind.Object
               && answer.TryGetProperty("serial", out var serial)
               && serial.ValueKind == JsonValueKind.Number
               && serial.TryGetInt64(out var value)
            ? value
            : throw Invalid(HttpMethod.Post, CommissionsPath, "the commission answer has no \"serial\" field.", answer.GetRawText());
    }

    /// <inheritdoc />
    public Task<long> IssueOneCommissionAsync(
        string holder,
        IReadOnlyDictionary<(string Source, string Resource), long> provisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default)
    {
        Arguments.Text(holder, nameof(holder));
        var list = new List<Provision>(2 * Arguments.NotEmpty(provisions, nameof(provisions)).Count);
        foreach (var ((source, resource), quantity) in provisions)
        {
            AddUserAndProject(list, holder, Arguments.Text(source, nameof(provisions)), Arguments.Text(resource, nameof(provisions)), quantity);
        }

        return IssueAsync(list, name, force, autoAccept, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> IssueOneCommissionAsync(
        string holder,
        string source,
        IReadOnlyDictionary<string, long> provisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default)
    {
        Arguments.Text(source, nameof(source));
        Arguments.Text(holder, nameof(holder));
        var list = new List<Provision>(2 * Arguments.NotEmpty(provisions, nameof(provisions)).Count);
        foreach (var (resource, quantity) in provisions)
        {
            AddUserAndProject(list, holder, source, Arguments.Text(resource, nameof(provisions)), quantity);
        }

        return IssueAsync(list, name, force, autoAccept, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> IssueCommissionGenericAsync(
        IReadOnlyDictionary<(string User, string Project, string Resource), long> userProvisions,
        IReadOnlyDictionary<(string Project, string Resource), long> projectProvisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userProvisions);
        ArgumentNullException.ThrowIfNull(projectProvisions);
        var list = userProvisions
            .Select(p => Provision.ForUser(
                Arguments.Text(p.Key.User, nameof(userProvisions)),
                Arguments.Text(p.Key.Project, nameof(userProvisions)),
                Arguments.Text(p.Key.Resource, nameof(userProvisions)),
                p.Value))
            .Concat(projectProvisions.Select(p => Provision.ForProject(
                Arguments.Text(p.Key.Project, nameof(projectProvisions)),
                Arguments.Text(p.Key.Resource, nameof(projectProvisions)),
                p.Value)))
            .ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A commission needs at least one provision.", nameof(userProvisions));
        }

        return IssueAsync(list, name, force, autoAccept, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> IssueResourceReassignmentAsync(
        string holder,
        IReadOnlyDictionary<(string FromSource, string ToSource, string Resource), long> provisions,
        string name = "",
        bool force = false,
        bool autoAccept = false,
        CancellationToken cancellationToken = default)
    {
        Arguments.Text(holder, nameof(holder));
        var list = Arguments.NotEmpty(provisions, nameof(provisions))
            .SelectMany(p =>
            {
                var resource = Arguments.Text(p.Key.Resource, nameof(provisions));
                return Provision.ForUserAndProject(holder, Arguments.Text(p.Key.FromSource, nameof(provisions)), resource, -p.Value)
                    .Concat(Provision.ForUserAndProject(holder, Arguments.Text(p.Key.ToSource, nameof(provisions)), resource, p.Value));
            })
            .ToList();
        return IssueAsync(list, name, force, autoAccept, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<long>> GetPendingCommissionsAsync(CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Account.GetPendingCommissionsAsync(_token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            CommissionsPath,
            "serial list");

    /// <inheritdoc />
    public async Task<CommissionInfo> GetCommissionInfoAsync(long serial, CancellationToken cancellationToken = default) =>
        Required(
            await _apis.Account.GetCommissionInfoAsync(Arguments.Id(serial, nameof(serial)), _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Get,
            $"{CommissionsPath}/{serial}",
            "commission");

    /// <inheritdoc />
    public Task CommissionActionAsync(long serial, string action, CancellationToken cancellationToken = default)
    {
        Arguments.Id(serial, nameof(serial));
        return _apis.Account.CommissionActionAsync(serial, ActionBody(action, string.Empty), _token, cancellationToken);
    }

    /// <inheritdoc />
    public Task AcceptCommissionAsync(long serial, CancellationToken cancellationToken = default) =>
        CommissionActionAsync(serial, "accept", cancellationToken);

    /// <inheritdoc />
    public Task RejectCommissionAsync(long serial, CancellationToken cancellationToken = default) =>
        CommissionActionAsync(serial, "reject", cancellationToken);

    /// <inheritdoc />
    public async Task<CommissionResolution> ResolveCommissionsAsync(IEnumerable<long> accept, IEnumerable<long> reject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(reject);
        var request = new ResolveCommissionsRequest { Accept = accept.ToList(), Reject = reject.ToList() };
        if (request.Accept.Count == 0 && request.Reject.Count == 0)
        {
            throw new ArgumentException("At least one serial to accept or reject is required.", nameof(accept));
        }

        return Required(
            await _apis.Account.ResolveCommissionsAsync(request, _token, cancellationToken).ConfigureAwait(false),
            HttpMethod.Post,
            CommissionsPath + "/action",
            "resolution");
    }

    // The pair of Provision.ForUserAndProject, added without an iterator.
    private static void AddUserAndProject(List<Provision> list, string user, string project, string resource, long quantity)
    {
        list.Add(Provision.ForUser(user, project, resource, quantity));
        list.Add(Provision.ForProject(project, resource, quantity));
    }

    private Task<long> IssueAsync(IReadOnlyList<Provision> provisions, string name, bool force, bool autoAccept, CancellationToken cancellationToken) =>
        IssueCommissionAsync(
            new CommissionRequest { Provisions = provisions, Name = name ?? string.Empty, Force = force, AutoAccept = autoAccept },
            cancellationToken);
}
