using System.Text.Json;
using System.Text.Json.Serialization;
using Refit.AuthClients.Wazo.Models;

namespace Refit.AuthClients.Wazo.Serialization;

/// <summary>
/// The source-generated JSON metadata of every wazo-auth body. Property names are matched case-insensitively on
/// read (the server and the spec disagree on <c>location</c>/<c>Location</c>); null properties are not written,
/// except where a model says otherwise. A list of e-mail addresses with a null item is refused as it is read; the
/// models refuse, as they are read, answers that lack what identifies them (see <see cref="WazoAnswerRules"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NonNullItemsConverter<WazoUserEmail>)])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(WazoBackendList))]
[JsonSerializable(typeof(WazoConfigPatchOperation))]
[JsonSerializable(typeof(WazoConfigPatchOperation[]))]
[JsonSerializable(typeof(WazoEmailAddressList))]
[JsonSerializable(typeof(WazoEmailAddressUpdate))]
[JsonSerializable(typeof(WazoExternalAuth))]
[JsonSerializable(typeof(WazoExternalAuthUser))]
[JsonSerializable(typeof(WazoExternalConfig))]
[JsonSerializable(typeof(WazoGroup))]
[JsonSerializable(typeof(WazoGroupCreate))]
[JsonSerializable(typeof(WazoGroupUpdate))]
[JsonSerializable(typeof(WazoIdpList))]
[JsonSerializable(typeof(WazoIdpUser))]
[JsonSerializable(typeof(WazoIdpUserList))]
[JsonSerializable(typeof(WazoLdapConfig))]
[JsonSerializable(typeof(WazoLdapConfigUpdate))]
[JsonSerializable(typeof(WazoList<WazoExternalAuth>))]
[JsonSerializable(typeof(WazoList<WazoExternalAuthUser>))]
[JsonSerializable(typeof(WazoList<WazoGroup>))]
[JsonSerializable(typeof(WazoList<WazoPolicy>))]
[JsonSerializable(typeof(WazoList<WazoRefreshToken>))]
[JsonSerializable(typeof(WazoList<WazoSession>))]
[JsonSerializable(typeof(WazoList<WazoTenant>))]
[JsonSerializable(typeof(WazoList<WazoTenantDomain>))]
[JsonSerializable(typeof(WazoList<WazoUser>))]
[JsonSerializable(typeof(WazoMobileData))]
[JsonSerializable(typeof(WazoMobileSenderId))]
[JsonSerializable(typeof(WazoOAuthAuthorization))]
[JsonSerializable(typeof(WazoOAuthAuthorizationRequest))]
[JsonSerializable(typeof(WazoOAuthToken))]
[JsonSerializable(typeof(WazoPasswordChange))]
[JsonSerializable(typeof(WazoPasswordReset))]
[JsonSerializable(typeof(WazoPolicy))]
[JsonSerializable(typeof(WazoPolicyCreate))]
[JsonSerializable(typeof(WazoPolicyUpdate))]
[JsonSerializable(typeof(WazoRefreshToken))]
[JsonSerializable(typeof(WazoSamlAcsUrlTemplate))]
[JsonSerializable(typeof(WazoSamlConfig))]
[JsonSerializable(typeof(WazoSamlLoginContext))]
[JsonSerializable(typeof(WazoSamlLogoutResult))]
[JsonSerializable(typeof(WazoSamlSsoResult))]
[JsonSerializable(typeof(WazoScopeCheckRequest))]
[JsonSerializable(typeof(WazoScopeCheckResult))]
[JsonSerializable(typeof(WazoSession))]
[JsonSerializable(typeof(WazoTenant))]
[JsonSerializable(typeof(WazoTenantAddress))]
[JsonSerializable(typeof(WazoTenantCreate))]
[JsonSerializable(typeof(WazoTenantDomain))]
[JsonSerializable(typeof(WazoTenantUpdate))]
[JsonSerializable(typeof(WazoToken))]
[JsonSerializable(typeof(WazoTokenMetadata))]
[JsonSerializable(typeof(WazoTokenRequest))]
[JsonSerializable(typeof(WazoTokenResponse))]
[JsonSerializable(typeof(WazoUser))]
[JsonSerializable(typeof(WazoUserCreate))]
[JsonSerializable(typeof(WazoUserEmail))]
[JsonSerializable(typeof(IReadOnlyList<WazoUserEmail>))]
[JsonSerializable(typeof(WazoUserRegistration))]
[JsonSerializable(typeof(WazoUserUpdate))]
internal sealed partial class WazoJsonContext : JsonSerializerContext;
