namespace Refit.AuthClients.Reliability.Tests;

/// <summary>What the fault server received: enough to script an answer that depends on the request.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Query">The query string, with its <c>?</c>, or empty.</param>
/// <param name="Body">The body as text, or empty.</param>
public sealed record ReceivedRequest(string Method, string Path, string Query, string Body);
