using System.Text.Json.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A user's push-notification device tokens. Null fields are not sent.</summary>
public sealed record WazoMobileData
{
    /// <summary>The Firebase Cloud Messaging token.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>Deprecated: the APNs VoIP device token.</summary>
    [JsonPropertyName("apns_token")]
    public string? ApnsToken { get; init; }

    /// <summary>The APNs VoIP device token.</summary>
    [JsonPropertyName("apns_voip_token")]
    public string? ApnsVoipToken { get; init; }

    /// <summary>The APNs alert-notification device token.</summary>
    [JsonPropertyName("apns_notification_token")]
    public string? ApnsNotificationToken { get; init; }

    /// <summary>The APNs topic of VoIP call notifications; overrides the server's setting.</summary>
    [JsonPropertyName("apns_call_topic")]
    public string? ApnsCallTopic { get; init; }

    /// <summary>The APNs topic of other notifications; overrides the server's setting.</summary>
    [JsonPropertyName("apns_default_topic")]
    public string? ApnsDefaultTopic { get; init; }

    /// <summary>Describes the data without the device tokens.</summary>
    public override string ToString() =>
        $"{nameof(WazoMobileData)} {{ Token = {Secret.Mask(Token)}, ApnsToken = {Secret.Mask(ApnsToken)}, ApnsVoipToken = {Secret.Mask(ApnsVoipToken)}, "
        + $"ApnsNotificationToken = {Secret.Mask(ApnsNotificationToken)}, ApnsCallTopic = {ApnsCallTopic}, ApnsDefaultTopic = {ApnsDefaultTopic} }}";
}
