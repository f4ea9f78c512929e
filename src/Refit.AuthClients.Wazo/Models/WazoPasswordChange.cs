using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>PUT /users/{user_uuid}/password</c>.</summary>
public sealed record WazoPasswordChange
{
    /// <summary>The current password.</summary>
    [JsonPropertyName("old_password")]
    public required string OldPassword { get; init; }

    /// <summary>The new password.</summary>
    [JsonPropertyName("new_password")]
    public required string NewPassword { get; init; }

    /// <summary>Never shows the passwords.</summary>
    public override string ToString() => $"{nameof(WazoPasswordChange)} {{ OldPassword = ***, NewPassword = *** }}";
}
