using System.Text.Json;
using System.Text.Json.Serialization;

namespace Refit.AuthClients.Astakos;

/// <summary>
/// The source-generated JSON metadata of every Astakos body. Refit serializes a body by its runtime type, so the
/// dictionaries the facade builds are listed under their concrete type too.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AccessDocument))]
[JsonSerializable(typeof(AuthenticateRequest))]
[JsonSerializable(typeof(OAuth2Token))]
[JsonSerializable(typeof(UserCatalogsRequest))]
[JsonSerializable(typeof(UserCatalogs))]
[JsonSerializable(typeof(IReadOnlyList<AstakosService>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, AstakosResource>))]
[JsonSerializable(typeof(DefaultProjectRequest))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, QuotaEntry>>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProjectQuotaEntry>>))]
[JsonSerializable(typeof(CommissionRequest))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(IReadOnlyList<long>))]
[JsonSerializable(typeof(CommissionInfo))]
[JsonSerializable(typeof(ResolveCommissionsRequest))]
[JsonSerializable(typeof(CommissionResolution))]
[JsonSerializable(typeof(IDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<Project>))]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(ProjectSpec))]
[JsonSerializable(typeof(ProjectSubmission))]
[JsonSerializable(typeof(IDictionary<string, ProjectActionDetails>))]
[JsonSerializable(typeof(Dictionary<string, ProjectActionDetails>))]
[JsonSerializable(typeof(IReadOnlyList<Membership>))]
[JsonSerializable(typeof(Membership))]
[JsonSerializable(typeof(MembershipRequest))]
[JsonSerializable(typeof(MembershipReference))]
internal sealed partial class AstakosJsonContext : JsonSerializerContext;
