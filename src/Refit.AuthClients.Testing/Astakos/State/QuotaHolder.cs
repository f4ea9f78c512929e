namespace Refit.AuthClients.Testing.Astakos.State;

/// <summary>Why a commission could not be issued: the failing provision, the rule it broke and the holding's numbers.</summary>
/// <param name="Name"><c>NoCapacityError</c> (over the limit, 413), <c>NoQuantityError</c> (release below zero, 413)
/// or <c>NoHoldingError</c> (no such holding, 404).</param>
/// <param name="Provision">The provision that failed.</param>
/// <param name="Limit">The holding's limit (0 when there is no holding).</param>
/// <param name="Usage">The usage the provision was checked against.</param>
internal sealed record QuotaFailure(string Name, ProvisionRecord Provision, long Limit, long Usage)
{
    public int Status => Name == "NoHoldingError" ? 404 : 413;

    public string Message => Name switch
    {
        "NoHoldingError" => $"There is no such holding for holder '{Provision.Holder}', source '{Provision.Source}', resource '{Provision.Resource}'",
        "NoQuantityError" => $"Resource '{Provision.Resource}' of holder '{Provision.Holder}' cannot be released by {-Provision.Quantity}: usage is {Usage}",
        _ => $"Limit exceeded for holder '{Provision.Holder}', source '{Provision.Source}', resource '{Provision.Resource}': "
            + $"limit {Limit}, usage {Usage}, requested {Provision.Quantity}",
    };
}

/// <summary>The commission rules of Astakos's quotaholder over a set of holdings.</summary>
internal sealed class QuotaHolder(Dictionary<HoldingKey, Holding> holdings)
{
    /// <summary>
    /// Applies every provision tentatively, all or nothing: an issue raises the holding's upper usage and must stay
    /// within the limit unless forced; a release lowers the lower usage and must not go below zero.
    /// </summary>
    /// <returns>Null on success, else the first failure (nothing is changed then).</returns>
    public QuotaFailure? TryIssue(IReadOnlyList<ProvisionRecord> provisions, bool force)
    {
        var working = new Dictionary<HoldingKey, (long Min, long Max)>();
        foreach (var provision in provisions)
        {
            if (!holdings.TryGetValue(provision.Key, out var holding))
            {
                return new QuotaFailure("NoHoldingError", provision, 0, 0);
            }

            var (min, max) = working.TryGetValue(provision.Key, out var current) ? current : (holding.UsageMin, holding.UsageMax);
            if (provision.Quantity >= 0)
            {
                if (!force && max + provision.Quantity > holding.Limit)
                {
                    return new QuotaFailure("NoCapacityError", provision, holding.Limit, max);
                }

                max += provision.Quantity;
            }
            else
            {
                if (min + provision.Quantity < 0)
                {
                    return new QuotaFailure("NoQuantityError", provision, holding.Limit, min);
                }

                min += provision.Quantity;
            }

            working[provision.Key] = (min, max);
        }

        foreach (var (key, (min, max)) in working)
        {
            holdings[key].UsageMin = min;
            holdings[key].UsageMax = max;
        }

        return null;
    }

    /// <summary>Makes the provisions final: an issue becomes usage, a release frees its quantity for good.</summary>
    public void Accept(IEnumerable<ProvisionRecord> provisions)
    {
        foreach (var provision in provisions)
        {
            if (holdings.TryGetValue(provision.Key, out var holding))
            {
                holding.Usage += provision.Quantity;
                if (provision.Quantity >= 0)
                {
                    holding.UsageMin += provision.Quantity;
                }
                else
                {
                    holding.UsageMax += provision.Quantity;
                }
            }
        }
    }

    /// <summary>Undoes the tentative part of the provisions.</summary>
    public void Reject(IEnumerable<ProvisionRecord> provisions)
    {
        foreach (var provision in provisions)
        {
            if (holdings.TryGetValue(provision.Key, out var holding))
            {
                if (provision.Quantity >= 0)
                {
                    holding.UsageMax -= provision.Quantity;
                }
                else
                {
                    holding.UsageMin -= provision.Quantity;
                }
            }
        }
    }
}
