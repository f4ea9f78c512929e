namespace Refit.AuthClients.Errors;

/// <summary>What went wrong with a call.</summary>
public enum AuthErrorKind
{
    /// <summary>The service answered with an error status.</summary>
    HttpStatus,

    /// <summary>The service answered with success but a body that is not the expected JSON.</summary>
    InvalidResponse,

    /// <summary>The service could not be reached or the connection broke (refused, reset, DNS, TLS).</summary>
    Connection,

    /// <summary>The call did not finish within the configured timeout.</summary>
    Timeout,
}
