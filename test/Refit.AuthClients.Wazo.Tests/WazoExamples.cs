namespace Refit.AuthClients.Wazo.Tests;

/// <summary>The server's answers as the wazo-auth reference documents them (§12 and §11).</summary>
internal static class WazoExamples
{
    public const string UserUuid = "5cdff4a3-24a3-494f-8d32-9c8695e868f9";
    public const string TenantUuid = "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11";
    public const string SubTenantUuid = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    public const string GroupUuid = "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c";
    public const string PolicyUuid = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b";
    public const string SessionUuid = "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e";
    public const string EmailUuid = "e2a4c6d8-1b3d-4f5a-8c7e-9a0b1c2d3e4f";
    public const string Token = "3d95d849-94e5-4c72-8ff8-93b597e6acf6";
    public const string RefreshToken = "7f3c2b1a-0e9d-4c8b-a7f6-5e4d3c2b1a09";

    public const string TokenData = """
        {"data": {"token": "3d95d849-94e5-4c72-8ff8-93b597e6acf6", "auth_id": "5cdff4a3-24a3-494f-8d32-9c8695e868f9",
                  "xivo_user_uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "xivo_uuid": "a7f4a4c8-0d6e-4b7a-9c1e-2f3b4d5e6f70",
                  "issued_at": "2026-05-05T10:49:30.449607", "expires_at": "2026-05-05T11:49:30.449607",
                  "utc_issued_at": "2026-05-05T14:49:30.449607", "utc_expires_at": "2026-05-05T15:49:30.449607",
                  "acl": ["confd.users.me.read", "dird.me.#"],
                  "metadata": {"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11",
                               "auth_id": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "pbx_user_uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9",
                               "xivo_uuid": "a7f4a4c8-0d6e-4b7a-9c1e-2f3b4d5e6f70", "purpose": "user"},
                  "session_uuid": "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e", "remote_addr": "10.0.0.1", "user_agent": "Wazo Python auth client"}}
        """;

    public const string TokenDataWithRefreshToken = """
        {"data": {"token": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "auth_id": "5cdff4a3-24a3-494f-8d32-9c8695e868f9",
                  "xivo_user_uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "xivo_uuid": "a7f4a4c8-0d6e-4b7a-9c1e-2f3b4d5e6f70",
                  "issued_at": "2026-05-05T10:49:30.449607", "expires_at": "2026-05-05T11:49:30.449607",
                  "utc_issued_at": "2026-05-05T14:49:30.449607", "utc_expires_at": "2026-05-05T15:49:30.449607",
                  "acl": ["confd.users.me.read"],
                  "metadata": {"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11",
                               "auth_id": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "pbx_user_uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9",
                               "xivo_uuid": "a7f4a4c8-0d6e-4b7a-9c1e-2f3b4d5e6f70", "purpose": "user"},
                  "session_uuid": "c2d8f3e5-6a7b-4c9d-8e0f-2a3b4c5d6e7f", "remote_addr": "10.0.0.1",
                  "user_agent": "Wazo Python auth client", "refresh_token": "7f3c2b1a-0e9d-4c8b-a7f6-5e4d3c2b1a09"}}
        """;

    public const string ScopeCheckResult = """{"scopes": {"dird": true, "foobar": false}}""";

    public const string User = """
        {"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "username": "foobar", "firstname": "Alice", "lastname": null,
         "enabled": true, "purpose": "user", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11", "authentication_method": "default",
         "emails": [{"uuid": "e2a4c6d8-1b3d-4f5a-8c7e-9a0b1c2d3e4f", "address": "foobar@example.com", "main": true, "confirmed": true}]}
        """;

    public const string UserList = """
        {"total": 42, "filtered": 5,
         "items": [{"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "username": "foobar", "firstname": "Alice", "lastname": null,
                    "enabled": true, "purpose": "user", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11",
                    "authentication_method": "default", "emails": []}]}
        """;

    public const string Emails = """
        [{"uuid": "e2a4c6d8-1b3d-4f5a-8c7e-9a0b1c2d3e4f", "address": "foobar@example.com", "main": true, "confirmed": false}]
        """;

    public const string Policy = """
        {"uuid": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11",
         "name": "user", "slug": "user", "description": "The default policy for users",
         "acl": ["confd.users.me.#", "dird.status.read"], "read_only": false, "shared": false}
        """;

    public const string PolicyList = "{\"total\": 1, \"items\": [" + Policy + "]}";

    public const string PolicyListWithFiltered = "{\"total\": 1, \"filtered\": 1, \"items\": [" + Policy + "]}";

    public const string Tenant = """
        {"uuid": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "parent_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11",
         "name": "foobar", "slug": "slug1", "contact": null, "phone": "555-555-5555",
         "default_authentication_method": "native", "domain_names": ["shopify.ca", "wazo.io"],
         "address": {"line_1": "Here", "line_2": null, "city": "Québec", "state": "Québec", "country": "Canada",
                     "zip_code": "H0H 0H0"}}
        """;

    public const string TenantList = "{\"total\": 2, \"filtered\": 1, \"items\": [" + Tenant + "]}";

    public const string Domains = """
        {"total": 2, "items": [{"name": "shopify.ca", "uuid": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"},
                               {"name": "wazo.io", "uuid": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"}]}
        """;

    public const string Group = """
        {"uuid": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11",
         "name": "g1", "slug": "g1", "read_only": false, "system_managed": false}
        """;

    public const string GroupList = "{\"total\": 3, \"filtered\": 1, \"items\": [" + Group + "]}";

    public const string Sessions = """
        {"total": 1, "filtered": 1,
         "items": [{"uuid": "b1c7e2d4-5f6a-4b8c-9d0e-1f2a3b4c5d6e", "mobile": true,
                    "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11", "user_uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9"}]}
        """;

    public const string RefreshTokens = """
        {"total": 1, "filtered": 1,
         "items": [{"client_id": "foobar", "created_at": "2026-05-05T14:49:30.449607+00:00", "mobile": true,
                    "user_uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11", "metadata": {}}]}
        """;

    public const string ExternalConfig = """{"client_id": "a-client-id", "client_secret": "a-client-secret"}""";

    public const string ExternalUserData = """{"secret": "8d2f0c4e-3b1a-4e5f-9a7b-6c5d4e3f2a1b", "scope": ["one", "two", "three"]}""";

    public const string ExternalAuthList = """
        {"total": 2, "filtered": 2,
         "items": [{"type": "foo", "data": {}, "plugin_info": {}, "enabled": true},
                   {"type": "bar", "data": {"scope": ["one", "two", "three"]}, "plugin_info": {"foo": "bar"}, "enabled": true}]}
        """;

    public const string ConnectedUsers = """{"total": 1, "filtered": 1, "items": [{"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9"}]}""";

    public const string MobileData = """
        {"token": null, "apns_token": null, "apns_voip_token": null, "apns_notification_token": null,
         "apns_call_topic": null, "apns_default_topic": null}
        """;

    public const string SenderId = """{"sender_id": null}""";

    public const string OAuthAuthorization = """
        {"authorization_url": "https://accounts.google.com/o/oauth2/auth?client_id=a", "state": "a1b2c3"}
        """;

    public const string OAuthToken = """
        {"access_token": "ya29.a0-access-token", "token_expiration": 1700000000, "scope": ["https://www.googleapis.com/auth/userinfo.profile"]}
        """;

    public const string Backends = """{"data": ["wazo_user", "ldap_user"]}""";

    public const string Idp = """{"total": 4, "filtered": 4, "items": ["ldap", "native", "saml", "default"]}""";

    public const string Config = """
        {"debug": false, "log_level": "info", "profiling_enabled": false, "default_token_lifetime": 7200,
         "rest_api": {"listen": "127.0.0.1", "port": 9497, "max_threads": 25, "num_proxies": 1,
                      "cors": {"enabled": true, "allow_headers": ["Content-Type", "Authorization", "X-Auth-Token", "Wazo-Tenant", "Wazo-Session-Type"]}},
         "enabled_http_plugins": {"user_registration": false, "users": true, "tokens": true}}
        """;

    public const string LdapConfigRequest = """
        {"host": "localhost", "port": 389, "protocol_version": 3, "protocol_security": null,
         "bind_dn": "uid=admin,ou=people,dc=wazo-platform,dc=io", "bind_password": "super-secret",
         "user_base_dn": "ou=people,dc=wazo-platform,dc=io", "user_login_attribute": "uid",
         "user_email_attribute": "mail", "search_filters": "{user_login_attribute}={username}"}
        """;

    public const string LdapConfig = """
        {"tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11", "host": "localhost", "port": 389, "protocol_version": 3,
         "protocol_security": null, "bind_dn": "uid=admin,ou=people,dc=wazo-platform,dc=io", "user_base_dn": "ou=people,dc=wazo-platform,dc=io",
         "user_login_attribute": "uid", "user_email_attribute": "mail", "search_filters": "{user_login_attribute}={username}"}
        """;

    public const string LdapConfigNone = """
        {"host": null, "port": null, "protocol_version": null, "protocol_security": null, "bind_dn": null,
         "user_base_dn": null, "user_login_attribute": null, "user_email_attribute": null, "search_filters": null}
        """;

    public const string SamlConfig = """
        {"domain_uuid": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "entity_id": "wazo.dev",
         "acs_url": "https://stack.wazo.local/api/0.1/saml/acs", "tenant_uuid": "0d6e0b4a-6f6c-4a43-9d6a-2b1f1d6b8c11"}
        """;

    public const string AcsUrlTemplate = """{"acs_url": "https://{{STACK_URL}}/api/auth/0.1/saml/acs"}""";

    public const string SsoResult = """
        {"location": "https://idp.example.com/sso?SAMLRequest=fZJNb9swDIb%2FiqG7Y9lNs0WIA2QNhgXo1iDJetilUGU6EaAPT6S79t9Pkbuhh20XHaiXz0s",
         "saml_session_id": "b9f1c7e0-2d3a-4c5b-8e6f-7a8b9c0d1e2f"}
        """;

    public const string LogoutResult = """{"location": "https://idp.example.com/slo?SAMLRequest=abc"}""";

    // §11 error bodies.
    public const string UnauthorizedExpired = """
        {"message": "Unauthorized", "error_id": "unauthorized", "timestamp": 1746460170.512,
         "details": {"invalid_token": "3d95d849-94e5-4c72-8ff8-93b597e6acf6", "reason": "not_found_or_expired", "required_access": "auth.users.read"}}
        """;

    public const string UnknownUser = """
        {"message": "No such user: \"5cdff4a3-24a3-494f-8d32-9c8695e868f9\"", "error_id": "unknown-user", "resource": "users",
         "details": {"uuid": "5cdff4a3-24a3-494f-8d32-9c8695e868f9"}, "timestamp": 1746460170.512}
        """;

    public const string Conflict = """
        {"message": "Conflict detected", "error_id": "conflict", "resource": "users", "timestamp": 1746460170.512,
         "details": {"username": {"constraint_id": "unique", "message": "The login \"alice\" is already used"}}}
        """;

    public const string InvalidData = """{"message": "redirect_url", "error_id": "invalid-data", "resource": "saml", "details": {}, "timestamp": 1746460170.512}""";

    public const string LegacyAuthenticationFailed = """{"reason": ["Authentication Failed"], "timestamp": [1746460170.512], "status_code": 401}""";

    public const string LegacyInvalidName = """{"reason": ["Invalid value supplied for field: name"], "timestamp": [1746460170.512], "status_code": 400}""";

    public const string FrameworkNotFound = """
        {"message": "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."}
        """;

    public const string TenantDeleteDefect = """{"message": "Unauthorized tenant", "error_id": {"tenant_uuid": "x"}, "details": "tenants", "timestamp": 1746460170.512}""";
}
