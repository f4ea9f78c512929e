namespace Refit.AuthClients.Reliability.Tests;

/// <summary>The two kinds of call the matrix runs for each client.</summary>
public enum Operation
{
    /// <summary>An idempotent read (a GET): repeatable after any transient failure.</summary>
    Read,

    /// <summary>A POST that creates something: never sent twice once it may have reached the server.</summary>
    Create,
}
