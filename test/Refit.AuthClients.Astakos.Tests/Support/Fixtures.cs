namespace Refit.AuthClients.Astakos.Tests;

/// <summary>Bodies from the JSON examples of the Astakos API reference (fixtures, docs and server shapes).</summary>
internal static class Fixtures
{
    /// <summary>Discovery answer of the reference client's test fixture (hosts differ from the configured one).</summary>
    public const string DiscoveryFixture = """
        {"access": {
          "serviceCatalog": [
            {"endpoints": [{"SNF:uiURL": "https://example.org/ui_prefix", "publicURL": "https://example.org/account_prefix",
                            "region": "default", "versionId": "v1.0"}],
             "name": "astakos_account", "type": "account"},
            {"endpoints": [{"SNF:uiURL": "https://example.org/ui_prefix", "publicURL": "https://example.org/oauth2",
                            "region": "default", "versionId": "v1.0"}],
             "name": "astakos_oauth2", "type": "astakos_auth"}],
          "token": {"id": "skzleaFlBl+fasFdaf24sx",
                    "tenant": {"id": "73917abc-abcd-477e-a1f1-1763abcdefab", "name": "Example User One"}},
          "user": {"id": "73917abc-abcd-477e-a1f1-1763abcdefab", "name": "Example User One",
                   "roles": [{"id": 1, "name": "default"}, {"id": 5, "name": "academic-login-users"}],
                   "roles_links": []}}}
        """;

    /// <summary>Discovery answer of a real server in public mode.</summary>
    public const string PublicModeCatalog = """
        {"access": {"serviceCatalog": [
          {"endpoints_links": [], "type": "account", "name": "astakos_account",
           "endpoints": [{"SNF:uiURL": "https://accounts.example.synnefo.org/ui", "region": "default", "versionId": "v1.0",
                          "publicURL": "https://accounts.example.synnefo.org/account/v1.0"}]},
          {"endpoints_links": [], "type": "astakos_auth", "name": "astakos_oauth2",
           "endpoints": [{"SNF:uiURL": "https://accounts.example.synnefo.org/ui", "region": "default", "versionId": "",
                          "publicURL": "https://accounts.example.synnefo.org/oauth2/"}]}]}}
        """;

    public const string AuthenticateResponse = """
        {"access": {
          "token": {"expires": "2013-06-19T15:23:59.975572+00:00", "id": "CDEe2k0T/HdiJWBMMbHyOA==",
                    "tenant": {"id": "c18088be-16b1-4263-8180-043c54e22903", "name": "Firstname Lastname"}},
          "serviceCatalog": [
            {"endpoints_links": [], "type": "account", "name": "astakos_account",
             "endpoints": [{"SNF:uiURL": "https://accounts.example.synnefo.org/ui", "region": "default", "versionId": "v1.0",
                            "publicURL": "https://accounts.example.synnefo.org/account/v1.0"}]},
            {"endpoints_links": [], "type": "identity", "name": "astakos_identity",
             "endpoints": [{"SNF:uiURL": "https://accounts.example.synnefo.org/ui", "region": "default", "versionId": "v2.0",
                            "publicURL": "https://accounts.example.synnefo.org/identity/v2.0"}]},
            {"endpoints_links": [], "type": "astakos_auth", "name": "astakos_oauth2",
             "endpoints": [{"SNF:uiURL": "https://accounts.example.synnefo.org/ui", "region": "default", "versionId": "",
                            "publicURL": "https://accounts.example.synnefo.org/oauth2/"}]},
            {"endpoints_links": [], "type": "compute", "name": "cyclades_compute",
             "endpoints": [{"SNF:uiURL": "https://cyclades.example.synnefo.org/ui", "region": "default", "versionId": "v2.0",
                            "publicURL": "https://cyclades.example.synnefo.org/cyclades/compute/v2.0"}]},
            {"endpoints_links": [], "type": "astakos_weblogin", "name": "astakos_weblogin",
             "endpoints": [{"SNF:uiURL": "https://accounts.example.synnefo.org/ui", "region": "default", "versionId": "",
                            "SNF:webloginURL": "https://accounts.example.synnefo.org/astakos/weblogin",
                            "publicURL": "https://accounts.example.synnefo.org/astakos/weblogin"}]}],
          "user": {"roles_links": [], "id": "c18088be-16b1-4263-8180-043c54e22903",
                   "roles": [{"id": "1", "name": "default"}],
                   "projects": ["c18088be-16b1-4263-8180-043c54e22903"], "name": "Firstname Lastname"}}}
        """;

    public const string ValidateTokenResponse = """
        {"access": {
          "token": {"expires": "2013-12-02T15:57:34.300266+00:00", "id": "2YotnFZFEjr1zCsicMWpAA",
                    "tenant": {"id": "c18088be-16b1-4263-8180-043c54e22903", "name": "Firstname Lastname"}},
          "user": {"roles_links": [], "id": "c18088be-16b1-4263-8180-043c54e22903",
                   "roles": [{"id": 1, "name": "default"}], "name": "Firstname Lastname"}}}
        """;

    public const string OAuth2TokenResponse = """{"access_token": "2YotnFZFEjr1zCsicMWpAA", "token_type": "Bearer", "expires_in": 20}""";

    public const string UserCatalogsResponse = """
        {"displayname_catalog": {"user1@example.com": "a9dc21d2-bcb2-4104-9a9e-402b7c70d6d8",
                                 "user2@example.com": "816351c7-7405-4f26-a968-6380cf47ba1f"},
         "uuid_catalog": {"a9dc21d2-bcb2-4104-9a9e-402b7c70d6d8": "user1@example.com",
                          "ff53baa9-c025-4d56-a6e3-963db0438830": "user2@example.com"}}
        """;

    public const string ServicesResponse = """
        [{"url": "/", "icon": "home-icon.png", "name": "grnet cloud", "id": "1"},
         {"url": "/okeanos.html", "name": "~okeanos", "id": "2"},
         {"url": "/ui/", "name": "pithos", "id": "3"}]
        """;

    public const string ResourcesResponse = """
        {"cyclades.vm": {"service": "cyclades_compute", "description": "Number of virtual machines", "unit": null,
                         "ui_visible": true, "api_visible": true},
         "cyclades.ram": {"service": "cyclades_compute", "description": "Virtual machine memory", "unit": "bytes",
                          "ui_visible": true, "api_visible": true}}
        """;

    public const string QuotasResponse = """
        {"c18088be-16b1-4263-8180-043c54e22903": {
          "cyclades.ram": {"usage": 536870912, "limit": 1073741824, "pending": 0,
                           "project_usage": 536870912, "project_limit": 1073741824, "project_pending": 0},
          "cyclades.vm": {"usage": 2, "limit": 2, "pending": 0,
                          "project_usage": 2, "project_limit": 2, "project_pending": 0}}}
        """;

    public const string LegacyQuotasResponse = """
        {"system": {"cyclades.ram": {"pending": 0, "limit": 1073741824, "usage": 536870912},
                    "cyclades.vm": {"pending": 0, "limit": 2, "usage": 2}},
         "project:1": {"cyclades.ram": {"pending": 0, "limit": 2147483648, "usage": 2147483648},
                       "cyclades.vm": {"pending": 1, "limit": 5, "usage": 2}}}
        """;

    public const string ServiceQuotasResponse = """
        {"c18088be-16b1-4263-8180-043c54e22903": {
          "c18088be-16b1-4263-8180-043c54e22903": {
            "cyclades.ram": {"usage": 536870912, "limit": 1073741824, "pending": 0,
                             "project_usage": 536870912, "project_limit": 1073741824, "project_pending": 0},
            "cyclades.vm": {"usage": 2, "limit": 2, "pending": 0,
                            "project_usage": 2, "project_limit": 2, "project_pending": 0}}}}
        """;

    public const string ServiceProjectQuotasResponse = """
        {"c18088be-16b1-4263-8180-043c54e22903": {
          "cyclades.ram": {"project_usage": 536870912, "project_limit": 1073741824, "project_pending": 0},
          "cyclades.vm": {"project_usage": 2, "project_limit": 2, "project_pending": 0}}}
        """;

    public const string CommissionRequest = """
        {"force": false, "auto_accept": false, "name": "an optional description",
         "provisions": [
           {"holder": "user:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad",
            "resource": "cyclades.vm", "quantity": 1},
           {"holder": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": null, "resource": "cyclades.vm", "quantity": 1},
           {"holder": "user:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad",
            "resource": "cyclades.ram", "quantity": 536870912},
           {"holder": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": null, "resource": "cyclades.ram", "quantity": 536870912}]}
        """;

    public const string OverLimitFixture = """
        {"overLimit": {"message": "a human-readable error message", "code": 413,
                       "data": {"provision": {"holder": "c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": "system",
                                              "resource": "cyclades.ram", "quantity": 520000000},
                                "name": "NoCapacityError", "limit": 600000000, "usage": 180000000}}}
        """;

    public const string CommissionInfoResponse = """
        {"serial": 57, "issue_time": "2013-04-08T10:19:15.0373+00:00", "name": "an optional description",
         "provisions": [
           {"holder": "user:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad",
            "resource": "cyclades.vm", "quantity": 1},
           {"holder": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": null, "resource": "cyclades.vm", "quantity": 1},
           {"holder": "user:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad",
            "resource": "cyclades.ram", "quantity": 536870912},
           {"holder": "project:c02f315b-7d84-45bc-a383-552a3f97d2ad", "source": null, "resource": "cyclades.ram", "quantity": 536870912}]}
        """;

    public const string ResolveResponse = """
        {"accepted": [57],
         "rejected": [59],
         "failed": [[56, {"badRequest": {"message": "cannot both accept and reject serial 56", "code": 400}}],
                    [58, {"itemNotFound": {"message": "serial 58 does not exist", "code": 404}}]]}
        """;

    public const string ProjectId = "0bd7a8a1-5a5f-4c7d-8a53-2f3c8e1d9b11";
    public const string OwnerId = "c18088be-16b1-4263-8180-043c54e22903";

    public const string ProjectResponse = """
        {"id": "0bd7a8a1-5a5f-4c7d-8a53-2f3c8e1d9b11", "state": "active",
         "creation_date": "2013-06-26T11:48:06.579100+00:00", "name": "test.pr",
         "owner": "c18088be-16b1-4263-8180-043c54e22903", "homepage": "https://example.org/test.pr",
         "description": "A test project", "end_date": "2113-05-05T20:20:20+00:00",
         "join_policy": "auto", "leave_policy": "auto", "max_members": 5, "private": false, "system_project": false,
         "resources": {"cyclades.vm": {"project_capacity": 10, "member_capacity": 2}},
         "last_application": {"id": 12, "state": "approved", "name": "test.pr",
                              "owner": "c18088be-16b1-4263-8180-043c54e22903",
                              "applicant": "c18088be-16b1-4263-8180-043c54e22903",
                              "homepage": "https://example.org/test.pr", "description": "A test project",
                              "start_date": "2013-06-26T00:00:00+00:00", "end_date": "2113-05-05T20:20:20+00:00",
                              "comments": "", "join_policy": "auto", "leave_policy": "auto", "max_members": 5,
                              "private": false, "resources": {"cyclades.vm": {"project_capacity": 10, "member_capacity": 2}}}}
        """;

    public const string ProjectSubmissionResponse = """{"id": "0bd7a8a1-5a5f-4c7d-8a53-2f3c8e1d9b11", "application": 12}""";

    public const string MembershipResponse = """
        {"id": 5, "user": "c18088be-16b1-4263-8180-043c54e22903", "project": "0bd7a8a1-5a5f-4c7d-8a53-2f3c8e1d9b11",
         "state": "accepted", "allowed_actions": ["leave"],
         "requested": "2013-06-26T11:50:00.000000+00:00", "accepted": "2013-06-26T12:00:00.000000+00:00"}
        """;

    public const string UnauthorizedFault = """{"unauthorized": {"code": 401, "message": "Invalid X-Auth-Token", "details": ""}}""";
    public const string BadRequestFault = """{"badRequest": {"code": 400, "message": "API endpoint not found", "details": ""}}""";
    public const string NotFoundFault = """{"itemNotFound": {"code": 404, "message": "No user with UUID 'u1'", "details": ""}}""";
    public const string ForbiddenFault = """{"forbidden": {"code": 403, "message": "Project id not specified", "details": ""}}""";
}
