using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The answer of <c>POST /saml/sso</c>.</summary>
public sealed record WazoSamlSsoResult : IJsonOnDeserialized
{
    /// <summary>The identity provider URL the browser must open to log in.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>The SAML session to create a token with (<see cref="WazoTokenRequest.SamlSessionId"/>) once the login succeeded.</summary>
    [JsonPropertyName("saml_session_id")]
    public string? SamlSessionId { get; init; }

    /// <summary>Describes the result without the SAML session.</summary>
    public override string ToString() => $"{nameof(WazoSamlSsoResult)} {{ Location = {Location}, SamlSessionId = {Secret.Mask(SamlSessionId)} }}";

    /// <summary>Refuses an answer without the <c>location</c> to open or the <c>saml_session_id</c> to create the token with.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(Location, "location", "SAML login");
        WazoAnswerRules.RequireText(SamlSessionId, "saml_session_id", "SAML login");
    }
}
