using System.Text.Json;

namespace Refit.AuthClients.Astakos;

/// <summary>The figures of an <c>overLimit</c> fault and the sentence the reference client renders from them.</summary>
internal sealed record QuotaLimitReport(string Resource, long Limit, long Usage, long Requested)
{
    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        ["cyclades.disk"] = "Disk",
        ["cyclades.vm"] = "Virtual Machine",
        ["cyclades.cpu"] = "CPU",
        ["cyclades.ram"] = "RAM",
        ["cyclades.floating_ip"] = "Floating IP address",
        ["cyclades.network.private"] = "Private Network",
        ["pithos.diskspace"] = "Storage space",
        ["astakos.pending_app"] = "Pending Applications",
    };

    public string Text =>
        $"Limit for resource '{DisplayNames.GetValueOrDefault(Resource, Resource)}' exceeded for your account. "
        + $"Available: {Limit - Usage}, Requested: {Requested}";

    /// <summary>Reads <c>data.limit</c>, <c>data.usage</c> and <c>data.provision.{resource, quantity}</c>; null if any is missing.</summary>
    public static QuotaLimitReport? From(AstakosFault? fault)
    {
        if (fault?.Data is not { ValueKind: JsonValueKind.Object } data
            || !TryLong(data, "limit", out var limit)
            || !TryLong(data, "usage", out var usage)
            || !data.TryGetProperty("provision", out var provision) || provision.ValueKind != JsonValueKind.Object
            || !TryLong(provision, "quantity", out var requested)
            || !provision.TryGetProperty("resource", out var resource) || resource.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return new QuotaLimitReport(resource.GetString()!, limit, usage, requested);
    }

    private static bool TryLong(JsonElement element, string name, out long value)
    {
        value = 0;
        return element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number && property.TryGetInt64(out value);
    }
}
