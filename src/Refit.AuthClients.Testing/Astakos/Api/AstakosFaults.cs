using System.Text.Json.Nodes;
using Refit.AuthClients.Testing.Hosting;
using static Refit.AuthClients.Testing.Hosting.JsonFactory;

namespace Refit.AuthClients.Testing.Astakos.Api;

/// <summary>
/// Synnefo's fault bodies, <c>{"&lt;faultName&gt;": {"code", "message", "details"}}</c>, and the commission endpoints'
/// variant with <c>data</c> and no <c>details</c>.
/// </summary>
internal static class AstakosFaults
{
    public static string FaultName(int status) => status switch
    {
        400 => "badRequest",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "itemNotFound",
        405 => "notAllowed",
        409 => "conflict",
        411 => "lengthRequired",
        413 => "overLimit",
        501 => "notImplemented",
        503 => "serviceUnavailable",
        _ => "computeFault",
    };

    public static EmulatorReply Fault(int status, string message, string details = "") =>
        EmulatorReply.Json(status, Object((FaultName(status), Object(("code", status), ("message", message), ("details", details)))));

    /// <summary>The commission endpoints' own body: message and code, plus data when given, no details.</summary>
    public static JsonObject CommissionFault(int status, string message, JsonNode? data = null)
    {
        var fault = Object(("message", message), ("code", status));
        if (data is not null)
        {
            fault["data"] = data;
        }

        return Object((FaultName(status), fault));
    }

    public static ReplyException BadRequest(string message) => new(Fault(400, message));

    public static ReplyException Unauthorized(string message) => new(Fault(401, message));

    public static ReplyException Forbidden(string message) => new(Fault(403, message));

    public static ReplyException NotFound(string message) => new(Fault(404, message));

    public static ReplyException Conflict(string message) => new(Fault(409, message));

    public static ReplyException EndpointNotFound() => BadRequest("API endpoint not found");

    /// <summary>Commission get/action answers 404 with no body at all.</summary>
    public static ReplyException EmptyNotFound() => new(EmulatorReply.Empty(404));
}
