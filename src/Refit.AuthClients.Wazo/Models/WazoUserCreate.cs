using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /users</c>.</summary>
public sealed record WazoUserCreate : WazoUserFields
{
    /// <summary>The UUID to give the user (to match a wazo-confd user); generated when null.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The password; none when null.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; init; }

    /// <summary>The main e-mail address.</summary>
    [JsonPropertyName("email_address")]
    public string? EmailAddress { get; init; }

    /// <summary>Describes the user without its password.</summary>
    public override string ToString() =>
        $"{nameof(WazoUserCreate)} {{ Uuid = {Uuid}, Username = {Username}, EmailAddress = {EmailAddress}, Password = {Secret.Mask(Password)}, Purpose = {Purpose} }}";
}
