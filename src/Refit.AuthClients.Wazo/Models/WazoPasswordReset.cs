using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /users/password/reset</c>: the new password, or null to remove it.</summary>
public sealed record WazoPasswordReset
{
    /// <summary>The new password; null is sent as <c>null</c> and removes the password.</summary>
    [JsonPropertyName("password")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Password { get; init; }

    /// <summary>Never shows the password.</summary>
    public override string ToString() => $"{nameof(WazoPasswordReset)} {{ Password = {Secret.Mask(Password)} }}";
}
