namespace Refit.AuthClients.Reliability.Tests;

/// <summary>What the fault server does to a request.</summary>
public enum Fault
{
    /// <summary>Answers the scripted success body.</summary>
    None,
    Status500,
    Status502,
    Status503,
    Status504,
    Status408,
    Status429WithRetryAfter,
    ConnectionRefused,
    ResetAfterHeaders,
    ResetMidBody,
    StallPastTimeout,
    TruncatedJson,
    Html200,
    Html502,
    Empty200,
    InvalidUtf8,
    TenMegabyteBody,
    RedirectToAnotherHost,

    /// <summary>Refuses the request's token (not a cell of the matrix: the token renewal tests use it).</summary>
    Status401,

    /// <summary>
    /// A 503 asking to come back in a second (not a cell of the matrix: the <c>Retry-After</c> tests use it, since
    /// Astakos does not retry a 429).
    /// </summary>
    Status503WithRetryAfter,
}
