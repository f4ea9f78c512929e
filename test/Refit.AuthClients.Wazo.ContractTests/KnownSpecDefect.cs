namespace Refit.AuthClients.Wazo.ContractTests;

/// <summary>
/// A place where the spec disagrees with the server, so that a correct call cannot fully pass Prism: the exact
/// violations Prism reports for it (any other violation still fails), or a success answer the spec gives no body for.
/// </summary>
internal sealed record KnownSpecDefect(string Description, IReadOnlySet<string> Violations, bool NoResponseBody = false)
{
    /// <summary><c>PATCH /config</c> types the patch value as an object; the server takes booleans (reference §10 #21).</summary>
    public static KnownSpecDefect ConfigPatchValue { get; } = new(
        "the spec types the JSON Patch value as an object; the server accepts only booleans (§10 #21), and the 200 has no schema",
        new HashSet<string> { "body.0.value:type" });

    /// <summary>The e-mail list updates require <c>addresses</c> in each item; the field is <c>address</c>.</summary>
    public static KnownSpecDefect EmailItemRequiresAddresses { get; } = new(
        "UserEmailList/AdminUserEmailList items require 'addresses', a typo of the 'address' field the server reads; the 200 has no schema",
        new HashSet<string> { "body.emails.0:required" });

    /// <summary><c>POST /saml/acs</c> declares a form content type with a body parameter, which accepts no body at all.</summary>
    public static KnownSpecDefect AcsBody { get; } = new(
        "POST /saml/acs consumes multipart/form-data with an 'in: body' parameter, so no request body is acceptable (§10 #7); the server reads form fields",
        new HashSet<string> { "request:415" });

    /// <summary><c>GET /config</c> answers 200 with no response schema; the server sends the whole configuration.</summary>
    public static KnownSpecDefect ConfigWithoutSchema { get; } = new(
        "GET /config defines no response schema, so Prism answers an empty 200; the server sends the configuration object",
        new HashSet<string>(),
        NoResponseBody: true);
}
