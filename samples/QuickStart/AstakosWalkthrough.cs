using Refit.AuthClients.Astakos;

namespace Refit.AuthClients.Samples.QuickStart;

/// <summary>The everyday Astakos flows: authenticate, resolve names, read quotas, issue and accept commissions.</summary>
public sealed class AstakosWalkthrough(IAstakosClient service, Transcript transcript)
{
    /// <summary>Read-only: who the user token belongs to, its names and quotas.</summary>
    public async Task<AstakosUser> ReadAsync(string userToken, CancellationToken cancellationToken)
    {
        var asUser = service.ForToken(userToken);
        var access = await asUser.AuthenticateAsync(cancellationToken: cancellationToken);
        var user = access.User ?? throw new InvalidOperationException("Astakos returned no user.");
        transcript.Step("authenticate the user token", $"{user.Name} ({user.Id})");

        var names = await asUser.GetUsernamesAsync([user.Id!], cancellationToken);
        transcript.Step("uuid -> display name", $"{user.Id} -> {names[user.Id!]}");
        var uuids = await asUser.GetUuidsAsync([names[user.Id!]], cancellationToken);
        transcript.Step("display name -> uuid", $"{names[user.Id!]} -> {uuids[names[user.Id!]]}");

        await PrintQuotasAsync(asUser, cancellationToken);
        return user;
    }

    /// <summary>Issues a commission as the service, accepts it, and runs into the quota limit.</summary>
    public async Task CommissionAsync(string userToken, string userUuid, string resource, CancellationToken cancellationToken)
    {
        var serial = await service.IssueOneCommissionAsync(
            userUuid, userUuid, new Dictionary<string, long> { [resource] = 1 }, name: "quickstart: one VM", cancellationToken: cancellationToken);
        var pending = await service.GetPendingCommissionsAsync(cancellationToken);
        transcript.Step($"issue a commission of 1 {resource}", $"serial {serial}, pending: [{string.Join(", ", pending)}]");

        await service.AcceptCommissionAsync(serial, cancellationToken);
        transcript.Step("accept it", "accepted");
        await PrintQuotasAsync(service.ForToken(userToken), cancellationToken);

        try
        {
            await service.IssueOneCommissionAsync(
                userUuid, userUuid, new Dictionary<string, long> { [resource] = 100 }, name: "quickstart: too many", cancellationToken: cancellationToken);
            throw new InvalidOperationException("Astakos accepted a commission over the limit.");
        }
        catch (QuotaLimitException limit)
        {
            transcript.Step($"issue a commission of 100 {resource}", $"{nameof(QuotaLimitException)}: {limit.Message}");
        }
    }

    private async Task PrintQuotasAsync(IAstakosClient asUser, CancellationToken cancellationToken)
    {
        var quotas = await asUser.GetQuotasAsync(cancellationToken);
        foreach (var (project, resources) in quotas)
        {
            foreach (var (name, quota) in resources.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                transcript.Step($"quota {name} in project {Short(project)}", $"usage {quota.Usage} of {quota.Limit} (pending {quota.Pending})");
            }
        }
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] + "…" : id;
}
