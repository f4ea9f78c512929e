using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>The body of <c>POST /users/register</c> (self-registration, disabled on servers by default).</summary>
public sealed record WazoUserRegistration
{
    /// <summary>The login.</summary>
    [JsonPropertyName("username")]
    public required string Username { get; init; }

    /// <summary>The password.</summary>
    [JsonPropertyName("password")]
    public required string Password { get; init; }

    /// <summary>The main e-mail address.</summary>
    [JsonPropertyName("email_address")]
    public required string EmailAddress { get; init; }

    /// <summary>The first name.</summary>
    [JsonPropertyName("firstname")]
    public string? Firstname { get; init; }

    /// <summary>The last name.</summary>
    [JsonPropertyName("lastname")]
    public string? Lastname { get; init; }

    /// <summary>Describes the registration without its password.</summary>
    public override string ToString() =>
        $"{nameof(WazoUserRegistration)} {{ Username = {Username}, EmailAddress = {EmailAddress}, Password = ***, Firstname = {Firstname}, Lastname = {Lastname} }}";
}
