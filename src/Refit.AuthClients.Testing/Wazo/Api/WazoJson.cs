using System.Globalization;
using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Wazo.State;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>
/// The server's representations of each resource. Properties the server would send as <c>null</c> are left out:
/// the server's spec types them as plain strings, and its validating proxy rejects a <c>null</c>.
/// </summary>
internal static class WazoJson
{
    public static JsonObject User(WazoUser user) => ObjectWithoutNulls(
        ("uuid", Id(user.Uuid)),
        ("username", user.Username),
        ("firstname", user.Firstname),
        ("lastname", user.Lastname),
        ("enabled", user.Enabled),
        ("purpose", user.Purpose),
        ("tenant_uuid", Id(user.TenantUuid)),
        ("authentication_method", user.AuthenticationMethod),
        ("emails", Array(user.Emails.Select(e => (JsonNode?)Object(
            ("uuid", Id(e.Uuid)), ("address", e.Address), ("main", e.Main), ("confirmed", e.Confirmed))))));

    public static JsonObject Policy(WazoPolicy policy, Guid scopingTenant) => ObjectWithoutNulls(
        ("uuid", Id(policy.Uuid)),
        ("tenant_uuid", Id(policy.TenantUuid)),
        ("name", policy.Name),
        ("slug", policy.Slug),
        ("description", policy.Description),
        ("acl", Strings(policy.Acl)),
        ("read_only", policy.Shared && policy.TenantUuid != scopingTenant),
        ("shared", policy.Shared));

    public static JsonObject Group(WazoGroup group) => ObjectWithoutNulls(
        ("uuid", Id(group.Uuid)),
        ("tenant_uuid", Id(group.TenantUuid)),
        ("name", group.Name),
        ("slug", group.Slug),
        ("read_only", group.ReadOnly),
        ("system_managed", group.ReadOnly));

    public static JsonObject Tenant(WazoTenant tenant) => ObjectWithoutNulls(
        ("uuid", Id(tenant.Uuid)),
        ("parent_uuid", Id(tenant.ParentUuid)),
        ("name", tenant.Name),
        ("slug", tenant.Slug),
        ("contact", tenant.Contact is { } contact ? Id(contact) : null),
        ("phone", tenant.Phone),
        ("default_authentication_method", tenant.DefaultAuthenticationMethod),
        ("domain_names", Strings(tenant.Domains.Keys)),
        ("address", ObjectWithoutNulls(tenant.Address.Select(a => (a.Key, (JsonNode?)a.Value)).ToArray())));

    public static JsonObject Session(WazoSession session) => Object(
        ("uuid", Id(session.Uuid)),
        ("mobile", session.Mobile),
        ("tenant_uuid", Id(session.TenantUuid)),
        ("user_uuid", Id(session.UserUuid)));

    public static JsonObject RefreshToken(WazoRefreshToken refresh) => Object(
        ("client_id", refresh.ClientId),
        ("created_at", refresh.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture)),
        ("mobile", refresh.Mobile),
        ("user_uuid", Id(refresh.UserUuid)),
        ("tenant_uuid", Id(refresh.TenantUuid)),
        ("metadata", new JsonObject()));

    /// <summary>The token object (<c>Token.to_dict</c>), with the refresh token only when just created.</summary>
    public static JsonObject Token(WazoToken token, WazoState state, bool withRefreshToken)
    {
        var userUuid = Id(token.UserUuid);
        var pbxUserUuid = token.Purpose == "user" ? userUuid : null;
        var xivoUuid = Id(state.XivoUuid);
        return ObjectWithoutNulls(
            ("token", Id(token.Token)),
            ("auth_id", userUuid),
            ("xivo_user_uuid", pbxUserUuid),
            ("xivo_uuid", xivoUuid),
            ("issued_at", LocalTime(token.IssuedAt, state.Time)),
            ("expires_at", LocalTime(token.ExpiresAt, state.Time)),
            ("utc_issued_at", UtcTime(token.IssuedAt)),
            ("utc_expires_at", UtcTime(token.ExpiresAt)),
            ("acl", Strings(token.Acl)),
            ("metadata", ObjectWithoutNulls(
                ("uuid", userUuid),
                ("tenant_uuid", Id(token.TenantUuid)),
                ("auth_id", userUuid),
                ("pbx_user_uuid", pbxUserUuid),
                ("xivo_uuid", xivoUuid),
                ("purpose", token.Purpose))),
            ("session_uuid", Id(token.SessionUuid)),
            ("remote_addr", token.RemoteAddress),
            ("user_agent", token.UserAgent ?? ""),
            ("refresh_token", withRefreshToken && token.RefreshToken is { } refresh ? Id(refresh) : null));
    }

    public static string Id(Guid uuid) => uuid.ToString("D");

    /// <summary>UTC without offset, always with microseconds.</summary>
    public static string UtcTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>Server local time without offset; the fraction is left out when it is zero (Python's isoformat).</summary>
    public static string LocalTime(DateTimeOffset instant, TimeProvider time)
    {
        var local = TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone).DateTime;
        var format = local.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }
}
