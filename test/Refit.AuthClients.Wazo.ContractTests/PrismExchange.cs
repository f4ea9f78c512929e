using System.Net;

namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>What one contract call sent to Prism and what Prism answered.</summary>
internal sealed class PrismExchange(int preferredStatus)
{
    /// <summary>The status asked of Prism with <c>Prefer: code=</c>: the operation's success status in the spec.</summary>
    public int PreferredStatus { get; } = preferredStatus;

    public HttpMethod? Method { get; set; }

    public string? Path { get; set; }

    public string? RefitInterface { get; set; }

    public string? RefitMethod { get; set; }

    public HttpStatusCode? Status { get; set; }

    public int ResponseBodyLength { get; set; }

    public IReadOnlyList<PrismViolation> Violations { get; set; } = [];

    public string Describe() =>
        $"{Method} {Path} via {RefitInterface}.{RefitMethod} answered {(int?)Status}; violations: "
        + (Violations.Count == 0 ? "none" : string.Join("; ", Violations));
}
