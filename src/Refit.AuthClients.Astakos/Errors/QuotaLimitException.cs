using Refit.AuthClients.Errors;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// Issuing a commission was refused with 413: a quantity would exceed a limit or fall below zero. The message reads
/// like <c>Limit for resource 'RAM' exceeded for your account. Available: 420000000, Requested: 520000000</c>; when the
/// body cannot be read it is the reason phrase and the figures are null. Never retried.
/// </summary>
public sealed class QuotaLimitException : AstakosClientException
{
    /// <summary>Creates the exception from the 413 answer.</summary>
    /// <param name="info">The redacted facts of the call, with the answer's body.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public QuotaLimitException(AuthErrorInfo info, Exception? innerException = null)
        : this(info, AstakosFault.TryParse(info?.ResponseBody), innerException)
    {
    }

    private QuotaLimitException(AuthErrorInfo info, AstakosFault? fault, Exception? innerException)
        : this(info, fault, QuotaLimitReport.From(fault), innerException)
    {
    }

    private QuotaLimitException(AuthErrorInfo info, AstakosFault? fault, QuotaLimitReport? report, Exception? innerException)
        : base(info, fault, report?.Text ?? string.Empty, report?.Text ?? info?.ReasonPhrase ?? "Request Entity Too Large", innerException)
    {
        Resource = report?.Resource;
        Limit = report?.Limit;
        Usage = report?.Usage;
        Requested = report?.Requested;
    }

    /// <summary>The resource over its limit, e.g. <c>cyclades.ram</c>.</summary>
    public string? Resource { get; }

    /// <summary>The limit of the holding.</summary>
    public long? Limit { get; }

    /// <summary>The usage of the holding.</summary>
    public long? Usage { get; }

    /// <summary>What is left: <see cref="Limit"/> − <see cref="Usage"/>.</summary>
    public long? Available => Limit - Usage;

    /// <summary>The quantity asked for.</summary>
    public long? Requested { get; }
}
