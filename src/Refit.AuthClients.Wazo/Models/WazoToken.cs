using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A wazo-auth token and what it grants.</summary>
public sealed record WazoToken
{
    /// <summary>The token itself (a UUID), sent as <c>X-Auth-Token</c>.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>The identifier of the authenticated entity in its backend (a user UUID for wazo users).</summary>
    [JsonPropertyName("auth_id")]
    public string? AuthId { get; init; }

    /// <summary>Deprecated (may be null): use <see cref="WazoTokenMetadata.PbxUserUuid"/>.</summary>
    [JsonPropertyName("xivo_user_uuid")]
    public string? XivoUserUuid { get; init; }

    /// <summary>The UUID of the Wazo stack.</summary>
    [JsonPropertyName("xivo_uuid")]
    public string? XivoUuid { get; init; }

    /// <summary>The issue time in the server's local time, without offset.</summary>
    [JsonPropertyName("issued_at")]
    public string? IssuedAt { get; init; }

    /// <summary>The expiry time in the server's local time, without offset.</summary>
    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; init; }

    /// <summary>The issue time in UTC, without offset.</summary>
    [JsonPropertyName("utc_issued_at")]
    public string? UtcIssuedAt { get; init; }

    /// <summary>The expiry time in UTC, without offset.</summary>
    [JsonPropertyName("utc_expires_at")]
    public string? UtcExpiresAt { get; init; }

    /// <summary>The accesses the token grants; empty, never null, when the answer has none.</summary>
    [JsonPropertyName("acl")]
    public IReadOnlyList<string> Acl { get; init => field = value ?? []; } = [];

    /// <summary>What wazo-auth knows of the token's user.</summary>
    [JsonPropertyName("metadata")]
    public WazoTokenMetadata? Metadata { get; init; }

    /// <summary>The session the token belongs to.</summary>
    [JsonPropertyName("session_uuid")]
    public string? SessionUuid { get; init; }

    /// <summary>The address the token was requested from.</summary>
    [JsonPropertyName("remote_addr")]
    public string? RemoteAddr { get; init; }

    /// <summary>The <c>User-Agent</c> the token was requested with.</summary>
    [JsonPropertyName("user_agent")]
    public string? UserAgent { get; init; }

    /// <summary>The refresh token, present only when the server issued or returned one.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>The instant of <see cref="UtcIssuedAt"/>; null when absent or unparsable.</summary>
    [JsonIgnore]
    public DateTimeOffset? UtcIssuedAtInstant => WazoTimestamps.ParseUtc(UtcIssuedAt);

    /// <summary>The instant of <see cref="UtcExpiresAt"/>; null when absent or unparsable.</summary>
    [JsonIgnore]
    public DateTimeOffset? UtcExpiresAtInstant => WazoTimestamps.ParseUtc(UtcExpiresAt);

    /// <summary>Describes the token without its secrets.</summary>
    public override string ToString() =>
        $"{nameof(WazoToken)} {{ Token = {Secret.Mask(Token)}, AuthId = {AuthId}, SessionUuid = {SessionUuid}, UtcExpiresAt = {UtcExpiresAt}, "
        + $"Acl = [{string.Join(", ", Acl)}], RefreshToken = {Secret.Mask(RefreshToken)} }}";
}
