namespace Refit.AuthClients.Astakos;

/// <summary>The Refit interfaces a facade calls, shared by every facade of one registration.</summary>
internal sealed record AstakosApis(IAstakosIdentityApi Identity, IAstakosAccountApi Account, IAstakosUiApi Ui, IAstakosOAuth2Api OAuth2);
