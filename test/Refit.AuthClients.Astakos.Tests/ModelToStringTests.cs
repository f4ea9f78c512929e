using System.Text.Json;

namespace Refit.AuthClients.Astakos.Tests;

/// <summary>Models that carry a token show it masked in <c>ToString</c>, and the rest as records do.</summary>
public class ModelToStringTests
{
    private const string Secret = "CDEe2k0T/HdiJWBMMbHyOA==";

    private static readonly AstakosToken Token = new()
    {
        Id = Secret,
        Expires = new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero),
        Tenant = new AstakosTenant { Id = "u-1", Name = "Alice" },
    };

    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData(Token, "Expires = " + Token.Expires).SetName("AstakosToken");
        yield return new TestCaseData(new AstakosAccess { Token = Token }, "Name = Alice").SetName("AstakosAccess");
        yield return new TestCaseData(new AccessDocument { Access = new AstakosAccess { Token = Token } }, "Id = u-1").SetName("AccessDocument");
        yield return new TestCaseData(new UserInfo(Token, new AstakosUser(), null), "Tenant = AstakosTenant").SetName("UserInfo");
        yield return new TestCaseData(AuthenticateRequest.ForToken(Secret, "u-1"), "TenantName = u-1").SetName("AuthenticateRequest");
        yield return new TestCaseData(
            new OAuth2Token
            {
                AccessToken = Secret,
                TokenType = "Bearer",
                ExpiresIn = 20,
                AdditionalFields = new Dictionary<string, JsonElement> { ["refresh_token"] = JsonDocument.Parse("\"" + Secret + "\"").RootElement },
            },
            "AdditionalFields = [refresh_token]").SetName("OAuth2Token");
    }

    [TestCaseSource(nameof(Models))]
    public void Shows_the_token_masked(object model, string alsoShown)
    {
        var text = model.ToString()!;

        Assert.That(text, Does.Not.Contain(Secret).And.Not.Contain("CDEe2k0T"));
        Assert.That(text, Does.Contain("***"));
        Assert.That(text, Does.Contain(alsoShown));
    }
}
