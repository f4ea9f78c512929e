namespace Refit.AuthClients.Reliability.Tests;

/// <summary>What a cell of the matrix must end with.</summary>
/// <param name="Outcome">The result or the kind of exception.</param>
/// <param name="ServerAttempts">How many times the server received the operation's request.</param>
/// <param name="RetriedUnreached">Whether the client retried because the server could not be reached at all.</param>
public sealed record Expectation(Outcome Outcome, int ServerAttempts, bool RetriedUnreached = false)
{
    /// <summary>The retries every client of the matrix is allowed.</summary>
    public const int Retries = 2;

    /// <summary>
    /// The expected end of <paramref name="operation"/> under <paramref name="fault"/>, scripted for the first attempt
    /// only. A read is retried after a transient status or a broken transfer and then succeeds; a create is never
    /// sent twice. Either is retried when the connection is refused (the server never saw it). A timeout covers the
    /// retries; a 200 that is not the expected JSON, an oversized body and a redirect are final. Astakos retries
    /// only 500, 502, 503 and 504 among the statuses: its 408 and 429 are final.
    /// </summary>
    public static Expectation For(Fault fault, Operation operation, ClientKind kind)
    {
        var read = operation == Operation.Read;
        return fault switch
        {
            Fault.Status408 or Fault.Status429WithRetryAfter when kind == ClientKind.Astakos => new(Outcome.HttpStatus, 1),
            Fault.Status500 or Fault.Status502 or Fault.Status503 or Fault.Status504 or Fault.Status408
                or Fault.Status429WithRetryAfter or Fault.Html502 =>
                read ? new(Outcome.Success, 2) : new(Outcome.HttpStatus, 1),
            Fault.ResetAfterHeaders or Fault.ResetMidBody => read ? new(Outcome.Success, 2) : new(Outcome.Connection, 1),
            Fault.ConnectionRefused => new(Outcome.Connection, 0, RetriedUnreached: true),
            Fault.StallPastTimeout => new(Outcome.Timeout, 1),
            Fault.TruncatedJson or Fault.Html200 or Fault.Empty200 or Fault.InvalidUtf8 or Fault.TenMegabyteBody =>
                new(Outcome.InvalidResponse, 1),
            Fault.RedirectToAnotherHost => new(Outcome.Redirect, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Not a fault of the matrix."),
        };
    }
}
