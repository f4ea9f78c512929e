using System.Text;
using System.Text.Json.Serialization;
using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Astakos;

/// <summary>The body of an authentication: <c>{"auth": {"token": {"id": …}, "tenantName": …}}</c>.</summary>
public sealed record AuthenticateRequest
{
    /// <summary>The credentials.</summary>
    [JsonPropertyName("auth")]
    public required AuthenticateCredentials Auth { get; init; }

    /// <summary>Builds the body for <paramref name="token"/>, optionally scoped to <paramref name="tenantName"/>.</summary>
    public static AuthenticateRequest ForToken(string token, string? tenantName = null) =>
        new() { Auth = new AuthenticateCredentials { Token = new TokenId { Id = token }, TenantName = tenantName } };
}

/// <summary>The <c>auth</c> object of an authentication.</summary>
public sealed record AuthenticateCredentials
{
    /// <summary>The token to authenticate.</summary>
    [JsonPropertyName("token")]
    public required TokenId Token { get; init; }

    /// <summary>The scope asked for (the user UUID); omitted when null.</summary>
    [JsonPropertyName("tenantName")]
    public string? TenantName { get; init; }
}

/// <summary><c>{"id": "&lt;token&gt;"}</c>.</summary>
public sealed record TokenId
{
    /// <summary>The token.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    // ToString shows the token masked.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Redactor.MaskValue(Id));
        return true;
    }
}
