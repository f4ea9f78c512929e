using System.Text.Json;
using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>
/// A tenant's configuration of an external authentication type. Which keys apply depends on the type
/// (<c>client_id</c>/<c>client_secret</c> for google and microsoft, <c>fcm_*</c>/<c>ios_*</c> for mobile); keys this
/// type does not name are kept. Null fields are not sent.
/// </summary>
public sealed record WazoExternalConfig
{
    /// <summary>The OAuth client id (google, microsoft).</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>The OAuth client secret (google, microsoft).</summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }

    /// <summary>The public certificate for the Apple Push Notification service (mobile).</summary>
    [JsonPropertyName("ios_apn_certificate")]
    public string? IosApnCertificate { get; init; }

    /// <summary>The private key for the Apple Push Notification service (mobile).</summary>
    [JsonPropertyName("ios_apn_private")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IosApnPrivate { get; init; }

    /// <summary>Whether to use the APNs sandbox (mobile).</summary>
    [JsonPropertyName("use_sandbox")]
    public bool? UseSandbox { get; init; }

    /// <summary>The Firebase Cloud Messaging sender id (mobile).</summary>
    [JsonPropertyName("fcm_sender_id")]
    public string? FcmSenderId { get; init; }

    /// <summary>Deprecated: the legacy Firebase Cloud Messaging API key (mobile).</summary>
    [JsonPropertyName("fcm_api_key")]
    public string? FcmApiKey { get; init; }

    /// <summary>The Firebase Cloud Messaging v1 service account, as a JSON-encoded string (mobile).</summary>
    [JsonPropertyName("fcm_service_account_info")]
    public string? FcmServiceAccountInfo { get; init; }

    /// <summary>The keys this type does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Describes the configuration without its secrets.</summary>
    public override string ToString() =>
        $"{nameof(WazoExternalConfig)} {{ ClientId = {ClientId}, ClientSecret = {Secret.Mask(ClientSecret)}, IosApnPrivate = {Secret.Mask(IosApnPrivate)}, "
        + $"UseSandbox = {UseSandbox}, FcmSenderId = {FcmSenderId}, FcmApiKey = {Secret.Mask(FcmApiKey)}, "
        + $"FcmServiceAccountInfo = {Secret.Mask(FcmServiceAccountInfo)} }}";
}
