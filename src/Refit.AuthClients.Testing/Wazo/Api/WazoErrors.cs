using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Wazo.Api;

/// <summary>
/// The three error bodies of wazo-auth: (a) API exceptions <c>{message, error_id, details, timestamp, resource}</c>,
/// (b) the legacy token-service shape <c>{reason: [..], timestamp: [..], status_code}</c> and (c) the framework's
/// <c>{message}</c> for routing and parsing failures.
/// </summary>
internal sealed class WazoErrors(TimeProvider time)
{
    public const string BadRequestText = "The browser (or proxy) sent a request that this server could not understand.";
    public const string NotFoundText =
        "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.";
    public const string MethodNotAllowedText = "The method is not allowed for the requested URL.";
    public const string InternalErrorText =
        "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.";

    private double Timestamp => Math.Round(time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0, 3);

    /// <summary>Shape (a).</summary>
    public ReplyException Api(int status, string message, string errorId, JsonObject? details = null, string? resource = null) =>
        new(EmulatorReply.Json(status, ObjectWithoutNulls(
            ("message", message),
            ("error_id", errorId),
            ("details", details ?? new JsonObject()),
            ("timestamp", Timestamp),
            ("resource", resource))));

    /// <summary>Shape (b).</summary>
    public ReplyException Legacy(int status, string reason) =>
        new(EmulatorReply.Json(status, Object(
            ("reason", Strings([reason])),
            ("timestamp", new JsonArray(Timestamp)),
            ("status_code", status))));

    /// <summary>Shape (c).</summary>
    public static EmulatorReply Framework(int status) => EmulatorReply.Json(status, Object(("message", status switch
    {
        404 => NotFoundText,
        405 => MethodNotAllowedText,
        500 => InternalErrorText,
        _ => BadRequestText,
    })));

    public static ReplyException NotFound() => new(Framework(404));

    public static ReplyException BadJson() => new(Framework(400));

    public ReplyException InvalidData(string resource, string field, string message) =>
        Api(400, message, "invalid-data", Object((field, Object(("constraint_id", "type"), ("message", message)))), resource);

    public ReplyException Unknown(string what, string errorId, string resource, string id) =>
        Api(404, $"No such {what}: \"{id}\"", errorId, Object(("uuid", id)), resource);

    public ReplyException UnknownUser(string id) => Unknown("user", "unknown-user", "users", id);

    public ReplyException UnknownGroup(string id) => Unknown("group", "unknown-group", "groups", id);

    public ReplyException UnknownTenant(string id) => Unknown("tenant", "unknown-tenant", "tenants", id);

    public ReplyException UnknownPolicy(string id) => Legacy(404, $"No such policy {id}");

    public ReplyException Conflict(string resource, string column, string value) =>
        Api(409, "Conflict detected", "conflict",
            Object((column, Object(("constraint_id", "unique"), ("message", $"The {column} \"{value}\" is already used")))),
            resource);
}
