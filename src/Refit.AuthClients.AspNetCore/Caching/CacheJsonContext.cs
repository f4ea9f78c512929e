using System.Text.Json.Serialization;

namespace Refit.AuthClients.AspNetCore;

/// <summary>The JSON metadata of the cache entries, generated at build time.</summary>
[JsonSerializable(typeof(CachedValidation<WazoTokenIdentity>))]
[JsonSerializable(typeof(CachedValidation<AstakosTokenIdentity>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
