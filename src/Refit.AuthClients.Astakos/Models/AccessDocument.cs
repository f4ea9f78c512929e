using System.Text;
using System.Text.Json.Serialization;
using Refit.AuthClients.Redaction;

namespace Refit.AuthClients.Astakos;

/// <summary>The answer of the identity calls: <c>{"access": {...}}</c>.</summary>
public sealed record AccessDocument
{
    /// <summary>The token, its user and the service catalog, as far as the call returns them.</summary>
    [JsonPropertyName("access")]
    public AstakosAccess? Access { get; init; }
}

/// <summary>What an identity call returns: the token, its user and the service catalog.</summary>
public sealed record AstakosAccess
{
    /// <summary>The token (absent from the public-mode catalog).</summary>
    [JsonPropertyName("token")]
    public AstakosToken? Token { get; init; }

    /// <summary>The token's user (absent from the public-mode catalog).</summary>
    [JsonPropertyName("user")]
    public AstakosUser? User { get; init; }

    /// <summary>The services and their endpoints (absent from token validation).</summary>
    [JsonPropertyName("serviceCatalog")]
    public IReadOnlyList<ServiceCatalogEntry>? ServiceCatalog { get; init; }
}

/// <summary>An Astakos token.</summary>
public sealed record AstakosToken
{
    /// <summary>The token itself.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>When the token expires.</summary>
    [JsonPropertyName("expires")]
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The token's scope: the user (or, on newer servers, the user's default project).</summary>
    [JsonPropertyName("tenant")]
    public AstakosTenant? Tenant { get; init; }

    // ToString shows the token masked.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Redactor.MaskValue(Id)).Append(", Expires = ").Append(Expires).Append(", Tenant = ").Append(Tenant);
        return true;
    }
}

/// <summary>The scope of a token.</summary>
public sealed record AstakosTenant
{
    /// <summary>The user UUID (or default project UUID).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The user's real name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>The user a token belongs to.</summary>
public sealed record AstakosUser
{
    /// <summary>The user UUID.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The user's real name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The user's groups.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<AstakosRole>? Roles { get; init; }

    /// <summary>The UUIDs of the projects the user is a member of (servers 0.17 and later; not on token validation).</summary>
    [JsonPropertyName("projects")]
    public IReadOnlyList<string>? Projects { get; init; }
}

/// <summary>A group of a user.</summary>
public sealed record AstakosRole
{
    /// <summary>The role id (the service sends a string or a number; kept as text).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Id { get; init; }

    /// <summary>The role name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}
