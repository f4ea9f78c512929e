using System.Text.Json;
using System.Text.Json.Serialization;
using Refit.AuthClients.Astakos;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Benchmarks;

/// <summary>
/// The source-generated JSON metadata of the hand-written calls and of the bare Refit interfaces: the SDK's own model
/// types, with the options the SDK's contexts use.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WazoTokenResponse))]
[JsonSerializable(typeof(WazoList<WazoUser>))]
[JsonSerializable(typeof(UserCatalogsRequest))]
[JsonSerializable(typeof(UserCatalogs))]
[JsonSerializable(typeof(CommissionRequest))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class BenchmarkJsonContext : JsonSerializerContext;
