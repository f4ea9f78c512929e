using System.Text;

namespace Refit.AuthClients.Benchmarks;

/// <summary>The fixed answers of the benchmark server, shaped like the services' real answers.</summary>
public static class Payloads
{
    public const string Token = "5f0c1d3e-9b7e-44a2-8c1f-3c2a1f77d0e5";
    public const string WazoPrefix = "/api/auth/0.1";
    public const string IdentityPrefix = "/identity/v2.0";
    public const string AccountPrefix = "/account/v1.0";
    public const long Serial = 42;

    /// <summary>The UUIDs a user-catalog lookup asks for.</summary>
    public static IReadOnlyList<string> Uuids { get; } = [.. Enumerable.Range(1, 5).Select(i => $"0f1e2d3c-0000-4000-8000-00000000000{i}")];

    public static byte[] WazoToken { get; } = Encoding.UTF8.GetBytes($$$"""
        {"data":{"token":"{{{Token}}}","auth_id":"a1b2c3d4-0000-4000-8000-000000000001","xivo_user_uuid":null,
        "xivo_uuid":"b2c3d4e5-0000-4000-8000-000000000002","issued_at":"2026-11-23T19:06:31.511218",
        "expires_at":"2026-11-23T21:06:31.511218","utc_issued_at":"2026-11-23T19:06:31.511218",
        "utc_expires_at":"2026-11-23T21:06:31.511218",
        "acl":["auth.users.me.read","auth.users.me.password.edit","auth.tenants.read","confd.users.me.read",
        "confd.users.me.update","calld.users.me.calls.read","calld.users.me.calls.create","chatd.users.me.#",
        "dird.directories.lookup.default.read","websocketd"],
        "metadata":{"uuid":"a1b2c3d4-0000-4000-8000-000000000001","tenant_uuid":"c3d4e5f6-0000-4000-8000-000000000003",
        "auth_id":"a1b2c3d4-0000-4000-8000-000000000001","pbx_user_uuid":"a1b2c3d4-0000-4000-8000-000000000001",
        "xivo_uuid":"b2c3d4e5-0000-4000-8000-000000000002","purpose":"user","admin":false},
        "session_uuid":"d4e5f6a7-0000-4000-8000-000000000004","remote_addr":"127.0.0.1",
        "user_agent":"Refit.AuthClients/0.1.0"}}
        """);

    public static byte[] WazoUsers { get; } = Encoding.UTF8.GetBytes(
        "{\"total\":5,\"filtered\":5,\"items\":[" + string.Join(",", Enumerable.Range(1, 5).Select(User)) + "]}");

    public static byte[] AstakosCatalog { get; } = Encoding.UTF8.GetBytes("""
        {"access":{"serviceCatalog":[
        {"name":"astakos_account","type":"account","endpoints":[
        {"versionId":"v1.0","region":"default","publicURL":"http://127.0.0.1/account/v1.0","SNF:uiURL":"http://127.0.0.1/ui"}]},
        {"name":"astakos_identity","type":"identity","endpoints":[
        {"versionId":"v2.0","region":"default","publicURL":"http://127.0.0.1/identity/v2.0"}]}]}}
        """);

    public static byte[] AstakosUserCatalogs { get; } = Encoding.UTF8.GetBytes(
        "{\"uuid_catalog\":{" + string.Join(",", Uuids.Select((u, i) => $"\"{u}\":\"user{i + 1}@example.org\"")) + "},\"displayname_catalog\":{}}");

    public static byte[] AstakosCommission { get; } = Encoding.UTF8.GetBytes($"{{\"serial\":{Serial}}}");

    private static string User(int i) => $$$"""
        {"uuid":"e5f6a7b8-0000-4000-8000-00000000000{{{i}}}","username":"user{{{i}}}","firstname":"First{{{i}}}","lastname":"Last{{{i}}}",
        "enabled":true,"purpose":"user","authentication_method":"default","tenant_uuid":"c3d4e5f6-0000-4000-8000-000000000003",
        "emails":[{"uuid":"f6a7b8c9-0000-4000-8000-00000000000{{{i}}}","address":"user{{{i}}}@example.org","main":true,"confirmed":true}]}
        """;
}
