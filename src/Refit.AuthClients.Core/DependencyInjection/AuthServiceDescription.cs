using System.Net;
using System.Text.Json.Serialization;
using Refit.AuthClients.Errors;
using Refit.AuthClients.Http;
using Refit.AuthClients.Serialization;

namespace Refit.AuthClients.DependencyInjection;

/// <summary>What the shared plumbing needs to know of one service: its client name, errors, JSON and retry rules.</summary>
public sealed class AuthServiceDescription
{
    private readonly Lazy<RefitSettings> _refitSettings;

    /// <summary>Creates the description.</summary>
    /// <param name="httpClientName">The name of the shared HTTP client.</param>
    /// <param name="errorMapper">Maps failures to the service's exception types.</param>
    /// <param name="jsonContext">The service's source-generated JSON context.</param>
    /// <param name="neverRetried">Statuses the service says must never be retried.</param>
    /// <param name="tokenHeaderName">The header that carries the token.</param>
    /// <param name="configureRefitSettings">Adjusts the service's Refit settings once, e.g. its URL parameter formatter.</param>
    public AuthServiceDescription(
        string httpClientName,
        ServiceErrorMapper errorMapper,
        JsonSerializerContext jsonContext,
        IReadOnlySet<HttpStatusCode>? neverRetried = null,
        string tokenHeaderName = AuthHeaderNames.AuthToken,
        Action<RefitSettings>? configureRefitSettings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(httpClientName);
        ArgumentNullException.ThrowIfNull(errorMapper);
        ArgumentNullException.ThrowIfNull(jsonContext);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHeaderName);
        HttpClientName = httpClientName;
        ErrorMapper = errorMapper;
        JsonContext = jsonContext;
        NeverRetried = neverRetried ?? new HashSet<HttpStatusCode>();
        TokenHeaderName = tokenHeaderName;
        _refitSettings = new Lazy<RefitSettings>(() =>
        {
            var settings = AuthRefitSettings.Create(JsonContext, ErrorMapper);
            configureRefitSettings?.Invoke(settings);
            return settings;
        });
    }

    /// <summary>The name of the <see cref="HttpClient"/> every Refit interface of the service shares.</summary>
    public string HttpClientName { get; }

    /// <summary>Maps failures to the service's exception types.</summary>
    public ServiceErrorMapper ErrorMapper { get; }

    /// <summary>The service's source-generated JSON context.</summary>
    public JsonSerializerContext JsonContext { get; }

    /// <summary>Statuses the service says must never be retried.</summary>
    public IReadOnlySet<HttpStatusCode> NeverRetried { get; }

    /// <summary>The header that carries the token.</summary>
    public string TokenHeaderName { get; }

    /// <summary>The Refit settings of the service, built once.</summary>
    public RefitSettings RefitSettings => _refitSettings.Value;
}
