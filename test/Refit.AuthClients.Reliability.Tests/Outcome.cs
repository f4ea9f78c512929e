namespace Refit.AuthClients.Reliability.Tests;

/// <summary>How a call of the matrix ends, whatever the client.</summary>
public enum Outcome
{
    /// <summary>The call returned its result (after a retry when the fault was transient).</summary>
    Success,

    /// <summary>The client's exception for an error status.</summary>
    HttpStatus,

    /// <summary>The client's connection exception.</summary>
    Connection,

    /// <summary>The client's timeout exception.</summary>
    Timeout,

    /// <summary>The client's invalid-response exception.</summary>
    InvalidResponse,

    /// <summary>The client's exception for a redirect that was not followed.</summary>
    Redirect,
}
