using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Serialization;

namespace Refit.AuthClients.Wazo.Models;

/// <summary>A wazo-auth user (never with its password): its settable fields, and what the server adds.</summary>
public sealed record WazoUser : WazoUserFields, IJsonOnDeserialized
{
    /// <summary>The user's UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    /// <summary>The user's tenant.</summary>
    [JsonPropertyName("tenant_uuid")]
    public string? TenantUuid { get; init; }

    /// <summary>The user's e-mail addresses; empty, never null, when the answer has none.</summary>
    [JsonPropertyName("emails")]
    public IReadOnlyList<WazoUserEmail> Emails { get; init => field = value ?? []; } = [];

    /// <summary>Refuses a user answer without its <c>uuid</c>.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        WazoAnswerRules.RequireText(Uuid, "uuid", "user");
    }
}
