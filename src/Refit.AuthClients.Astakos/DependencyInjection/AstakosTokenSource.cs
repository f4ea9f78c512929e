using Refit.AuthClients.Tokens;

namespace Refit.AuthClients.Astakos;

/// <summary>The token source of the registered client, shared by the token handler and the facade (which needs the
/// token itself in an authentication body).</summary>
internal sealed record AstakosTokenSource(ITokenSource Source);
